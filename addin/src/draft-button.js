// @ts-check
// The one-click Draft button: the API saves the step's note in Drafts; Outlook opens it, a browser previews it.
import { ApiError, sendJson } from "./api.js";
import { button, element, setBusy } from "./dom.js";
import { showDraftPreview } from "./draft-preview.js";
import { draftLabel } from "./labels.js";
import { openDraftInOutlook } from "./mailbox-item.js";
import { messageOf } from "./pane-status.js";
import { feedbackFor } from "./referral-card.js";

/**
 * What a Draft button needs from the pane.
 * @typedef {{ host: import("./office-host.js").Host, dialog: HTMLDialogElement, region: HTMLElement }} DraftEnv
 *   region: the part of the pane the card is in, to find it again after a refresh.
 * @typedef {import("../types/api").CadenceStep} CadenceStep
 * @typedef {import("../types/api").Draft} Draft
 * @typedef {Pick<import("../types/api").Referral, "id" | "prospect" | "source">} DraftFor
 *   What a Draft button reads of a referral (the Sources view has no more than this).
 */

/** Refusals the rep may override: only "not due yet". Spacing, answers and closed referrals always hold. */
const OVERRIDABLE = new Set(["not-due"]);

/**
 * A "Draft second note" (etc.) button for one referral's step.
 * @param {DraftFor} referral
 * @param {CadenceStep} step The step to draft ("second-note").
 * @param {DraftEnv} env
 * @returns {HTMLButtonElement}
 */
export function draftButton(referral, step, env) {
  const control = button(draftLabel(step, referral.source.name), () => draft(control, referral, step, false, env));
  control.classList.add("draft-button");
  return control;
}

/**
 * Asks for the draft and shows what happened. The button stays focusable while busy.
 * @param {HTMLButtonElement} control
 * @param {DraftFor} referral
 * @param {CadenceStep} step
 * @param {boolean} force True when the rep chose "Draft anyway".
 * @param {DraftEnv} env
 */
async function draft(control, referral, step, force, env) {
  const before = feedbackFor(control, referral.id, env.region);
  if (before?.contains(document.activeElement)) control.focus();
  setBusy(control, true);
  /** @type {Draft} */
  let result;
  try {
    result = /** @type {Draft} */ (await sendJson(`/api/referrals/${encodeURIComponent(referral.id)}/drafts`, { step, force }));
  } catch (error) {
    setBusy(control, false);
    showRefusal(control, referral, step, error, env);
    return;
  }
  setBusy(control, false);
  const feedback = feedbackFor(control, referral.id, env.region);
  if (env.host.mode === "outlook" && openDraftInOutlook(env.host.mailbox, result.ewsId)) {
    feedback?.replaceChildren(notice("good", result.reused
      ? "Already in your Drafts: it's open in Outlook. Nothing was sent."
      : "Saved in your Drafts and open in Outlook. Nothing was sent."));
    return;
  }
  feedback?.replaceChildren();
  showDraftPreview(env.dialog, result, () => returnFocus(control, referral.id, env.region));
}

/**
 * A refusal (409) in the API's own sentence, with "Draft anyway" when the rep may insist; any other failure
 * in words too.
 * @param {HTMLButtonElement} control
 * @param {DraftFor} referral
 * @param {CadenceStep} step
 * @param {unknown} failure Usually an ApiError.
 * @param {DraftEnv} env
 */
function showRefusal(control, referral, step, failure, env) {
  const feedback = feedbackFor(control, referral.id, env.region);
  if (!feedback) return;
  const error = failure instanceof ApiError ? failure : new ApiError({ title: messageOf(failure), status: 0 });
  const refused = error.status === 409;
  const box = notice(refused ? "warn" : "error", refused ? error.detail || error.title : error.title);
  if (!refused && error.detail) box.append(element("p", "", error.detail));
  if (refused && OVERRIDABLE.has(error.code)) {
    const anyway = button("Draft anyway", () => draft(control, referral, step, true, env), "secondary");
    box.append(anyway);
  }
  feedback.replaceChildren(box);
}

/**
 * A short message in a card.
 * @param {"good" | "warn" | "error"} tone
 * @param {string} text
 * @returns {HTMLElement}
 */
function notice(tone, text) {
  const box = element("div", `card-notice card-notice-${tone}`);
  box.append(element("p", "", text));
  return box;
}

/**
 * After the preview closes: back to the Draft button, or to the same card's if a refresh replaced it.
 * @param {HTMLButtonElement} control
 * @param {string} referralId
 * @param {HTMLElement} region
 */
function returnFocus(control, referralId, region) {
  const target = control.isConnected
    ? control
    : region.querySelector(`.card[data-referral-id="${CSS.escape(referralId)}"] .draft-button`);
  /** @type {HTMLElement | null} */ (target)?.focus();
}
