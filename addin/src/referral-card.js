// @ts-check
// One referral's card: who, who introduced them, where it stands, the next step, and room for its actions.
import { element, line } from "./dom.js";
import { dayCount, firstName, formatDate, formatDay, nextStepLabel, outcomeLabel } from "./labels.js";

/** @typedef {import("../types/api").Referral} Referral */

/**
 * A referral's summary for its card.
 * @typedef {{ badge: string, tone: "alert" | "good" | "info" | "warn" | "neutral", next: string | null,
 *   details: string[] }} CardSummary
 */

/**
 * Builds a card. Actions (Draft, More) sit in a bar below; what they report goes in `.card-feedback`.
 * @param {Referral} referral A referral as the API returns it.
 * @param {{ reference: Date, actions?: Node[], notes?: Node[], tag?: "li" | "article" }} options
 *   reference: the moment the data was computed; notes: more lines above the actions (its meetings);
 *   tag: "li" in a list, "article" on its own.
 * @returns {HTMLElement}
 */
export function referralCard(referral, { reference, actions = [], notes = [], tag = "li" }) {
  const summary = summarize(referral, reference);
  const card = element(tag, "card");
  card.dataset.state = referral.state ?? "unscanned";
  card.dataset.referralId = referral.id;
  card.append(
    element("h3", "card-name", referral.prospect.name),
    line("p", "card-source")`Introduced by ${referral.source.name}`,
    element("p", `badge badge-${summary.tone}`, summary.badge),
  );
  if (summary.next) {
    const next = element("p", "card-next");
    next.append(element("span", "card-next-label", "Next step"), " ", element("strong", "", summary.next));
    card.append(next);
  }
  card.append(...summary.details.map((text) => element("p", "card-detail", text)), ...notes);
  if (actions.length > 0) {
    const bar = element("div", "card-actions");
    bar.append(...actions);
    card.append(bar);
  }
  const feedback = element("div", "card-feedback");
  feedback.setAttribute("role", "status");
  card.append(feedback);
  return card;
}

/**
 * Where a card reports what an action did: the card around `control`, or, when a refresh replaced it,
 * the card now showing the same referral in the same part of the pane.
 * @param {HTMLElement} control A button inside the card.
 * @param {string} referralId
 * @param {HTMLElement | null} region The part of the pane the card was in (message context or list).
 * @returns {HTMLElement | null}
 */
export function feedbackFor(control, referralId, region) {
  const card = control.isConnected
    ? control.closest(".card")
    : region?.querySelector(`.card[data-referral-id="${CSS.escape(referralId)}"]`);
  return card?.querySelector("div.card-feedback") ?? null;
}

/**
 * What a card says for the referral's state.
 * @param {Referral} r
 * @param {Date} reference
 * @returns {CardSummary}
 */
function summarize(r, reference) {
  const date = (/** @type {string} */ iso) => formatDate(iso, reference);
  const step = nextStepLabel(r.nextStep, r.source.name);
  const lastNote = r.lastTouch ? [`Your last note, ${date(r.lastTouch.at)}: “${r.lastTouch.subject}”`] : [];
  const snoozed = r.snoozedUntil && new Date(r.snoozedUntil) > reference ? [`Snoozed until ${date(r.snoozedUntil)}`] : [];
  const followUpOn = r.nextStepDueAt ? `Follow up from ${date(r.nextStepDueAt)}` : null;
  switch (r.state) {
    case "quiet":
      return {
        badge: `${dayCount(r.silentDays ?? 0)} silent`, tone: "alert",
        next: step ?? (snoozed.length ? followUpOn : "Decide whether to close it"), details: [...snoozed, ...lastNote],
      };
    case "no-show":
      return { badge: "Missed your meeting", tone: "alert", next: step, details: [...snoozed, ...lastNote] };
    case "replied":
      return {
        badge: r.lastAnswerAt ? `Replied ${date(r.lastAnswerAt)}` : "Replied",
        tone: "good", next: step ?? `Reply to ${firstName(r.prospect.name)}`, details: lastNote,
      };
    case "new":
      return { badge: `Introduced ${date(r.introducedAt)}`, tone: "info", next: step ?? followUpOn, details: snoozed };
    case "waiting":
      return { badge: `${dayCount(r.silentDays ?? 0)} since your note`, tone: "neutral", next: step ?? followUpOn, details: [...snoozed, ...lastNote] };
    case "paused":
      return {
        badge: r.pausedUntil ? `Out of office until ${formatDay(r.pausedUntil, reference)}` : "Out of office",
        tone: "warn", next: step ?? followUpOn, details: lastNote,
      };
    case "closed":
      return {
        badge: r.closedAt ? `Closed ${date(r.closedAt)}` : "Closed",
        tone: "neutral", next: null,
        details: [r.closeOutcome ? outcomeLabel(r.closeOutcome) : "", r.closeNote ? `Note: ${r.closeNote}` : ""].filter(Boolean),
      };
    default:
      return { badge: "Not checked yet", tone: "neutral", next: null, details: [`Introduced ${date(r.introducedAt)}`] };
  }
}
