// @ts-check
// The top of the pane in Outlook: the referral behind the open message, its introduction, or a way to track it.
import { button, element, uniqueId } from "./dom.js";
import { introductionCard } from "./introductions.js";
import { referralCard } from "./referral-card.js";
import { referralForm } from "./referral-form.js";

/**
 * @typedef {import("../types/api").Referral} Referral
 * @typedef {import("../types/api").MessageContext} MessageContext
 */

/**
 * What the context section needs from the pane.
 * @typedef {{ reference: Date, item: import("./mailbox-item.js").OpenItem,
 *   actionsFor: (referral: Referral) => Node[], introEnv: import("./introductions.js").IntroEnv,
 *   onTracked: (referral: Referral, message: string) => Promise<void> | void,
 *   onShowExisting: (referralId: string) => void }} ContextEnv
 */

/** Why this message belongs to the referral, by the API's matchedBy. */
const MATCHED_BY = {
  conversation: "This conversation belongs to this referral.",
  message: "This message belongs to this referral.",
  prospect: "The prospect is on this message.",
  source: "The person who made this introduction is on this message.",
};

/**
 * Shows what GET /api/context found for the open message.
 * @param {HTMLElement} section #message-context
 * @param {MessageContext} context
 * @param {ContextEnv} env
 */
export function renderMessageContext(section, context, env) {
  const heading = element("h2", "section-title", "This message");
  heading.id = "message-context-title";
  section.setAttribute("aria-labelledby", heading.id);
  /** @type {HTMLElement[]} */
  const parts = [heading];
  if (context.referral) {
    parts.push(
      element("p", "context-note", (context.matchedBy && MATCHED_BY[context.matchedBy]) ?? "This message is about this referral."),
      referralCard(context.referral, { reference: env.reference, actions: env.actionsFor(context.referral), tag: "article" }),
    );
  } else if (context.suggestion) {
    parts.push(
      element("p", "context-note", "This looks like an introduction."),
      introductionCard(context.suggestion, env.introEnv, "article"),
    );
  } else {
    parts.push(...untracked(context.prefill, env));
  }
  section.replaceChildren(...parts);
  section.hidden = false;
}

/**
 * Hides the context (no message selected, or a plain browser).
 * @param {HTMLElement} section
 */
export function hideMessageContext(section) {
  section.hidden = true;
  delete section.dataset.key;
  section.replaceChildren();
}

/**
 * No referral and no suggestion: a calm line and a "Track referral" button that opens the prefilled form.
 * @param {import("./referral-form.js").Prefill} prefill
 * @param {ContextEnv} env
 * @returns {HTMLElement[]}
 */
function untracked(prefill, env) {
  const holder = element("div", "form-holder");
  holder.id = uniqueId("context-form");
  holder.hidden = true;
  const open = button("Track referral", () => {
    open.setAttribute("aria-expanded", "true");
    open.hidden = true;
    holder.hidden = false;
    const form = referralForm({
      prefill,
      conversationId: env.item.conversationId,
      messageId: env.item.restId ?? undefined,
      reference: env.reference,
      onTracked: (referral) => env.onTracked(referral, `Now tracking ${referral.prospect.name}.`),
      onCancel: () => {
        holder.hidden = true;
        holder.replaceChildren();
        open.hidden = false;
        open.setAttribute("aria-expanded", "false");
        open.focus();
      },
      onShowExisting: env.onShowExisting,
    });
    holder.replaceChildren(form);
    form.querySelector("input")?.focus();
  }, "secondary");
  open.setAttribute("aria-expanded", "false");
  open.setAttribute("aria-controls", holder.id);
  const line = element("div", "context-untracked");
  line.append(element("p", "context-note", "No referral is linked to this message."), open);
  return [line, holder];
}
