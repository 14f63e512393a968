// @ts-check
// Introductions the scan found: the "New introductions" list, and the one suggestion shown for an open message.
import { ApiError, callApi } from "./api.js";
import { button, element, line, setBusy, uniqueId } from "./dom.js";
import { formatDate } from "./labels.js";
import { messageOf } from "./pane-status.js";

/**
 * @typedef {import("../types/api").Referral} Referral
 * @typedef {import("../types/api").Suggestion} Suggestion
 */

/**
 * What an introduction's buttons need from the pane.
 * @typedef {{ reference: Date, onTracked: (referral: Referral, message: string) => Promise<void> | void,
 *   onDismissed: (suggestionId: string, message: string) => Promise<void> | void }} IntroEnv
 */

/**
 * Fills the section with the open suggestions; hides it when there are none.
 * @param {HTMLElement} section #introductions
 * @param {Suggestion[]} suggestions As GET /api/introductions returns them.
 * @param {IntroEnv} env
 */
export function renderIntroductions(section, suggestions, env) {
  section.hidden = suggestions.length === 0;
  if (suggestions.length === 0) {
    section.replaceChildren();
    return;
  }
  const heading = element("h2", "section-title");
  heading.id = "introductions-title";
  heading.append("New introductions", " ", element("span", "count", String(suggestions.length)));
  const list = element("ul", "cards");
  list.append(...suggestions.map((s) => introductionCard(s, env, "li")));
  section.setAttribute("aria-labelledby", heading.id);
  section.replaceChildren(heading, list);
}

/**
 * One introduction with "Track referral" and "Dismiss".
 * @param {Suggestion} suggestion
 * @param {IntroEnv} env
 * @param {"li" | "article"} tag "li" in the list, "article" on its own.
 * @returns {HTMLElement}
 */
export function introductionCard(suggestion, env, tag) {
  const card = element(tag, "card intro-card");
  card.dataset.suggestionId = suggestion.id;
  const name = element("h3", "card-name", suggestion.prospect.name);
  name.id = uniqueId("intro");
  const feedback = element("div", "card-feedback");
  feedback.setAttribute("role", "status");
  const when = formatDate(suggestion.receivedAt, env.reference);
  const track = button("Track referral", () => act(track, feedback, async () => {
    const referral = /** @type {Referral} */ (await callApi(`/api/introductions/${encodeURIComponent(suggestion.id)}/track`, { method: "POST" }));
    await env.onTracked(referral, `Now tracking ${suggestion.prospect.name}.`);
  }));
  const dismiss = button("Dismiss", () => act(dismiss, feedback, async () => {
    await callApi(`/api/introductions/${encodeURIComponent(suggestion.id)}/dismiss`, { method: "POST" });
    await env.onDismissed(suggestion.id, `Dismissed the introduction to ${suggestion.prospect.name}.`);
  }), "secondary");
  for (const control of [track, dismiss]) control.setAttribute("aria-describedby", name.id);
  const bar = element("div", "card-actions");
  bar.append(track, dismiss);
  card.append(
    name,
    line("p", "card-source")`Introduced by ${suggestion.source.name} · ${when}`,
    line("p", "card-detail")`“${suggestion.subject}”`,
    bar,
    feedback,
  );
  return card;
}

/**
 * Runs a button's call with the button busy; a failure (a 409 says who is already tracked) shows in the card.
 * @param {HTMLElement} control
 * @param {HTMLElement} feedback
 * @param {() => Promise<void>} call
 */
async function act(control, feedback, call) {
  setBusy(control, true);
  feedback.replaceChildren();
  try {
    await call();
  } catch (error) {
    const box = element("div", "card-notice card-notice-warn");
    box.append(element("p", "", error instanceof ApiError && error.status === 409 ? error.detail : messageOf(error)));
    feedback.replaceChildren(box);
  } finally {
    setBusy(control, false);
  }
}
