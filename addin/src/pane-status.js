// @ts-check
// The header: who is signed in, the status line (progress and news), and the failure notice with its Retry button.
import { ApiError } from "./api.js";
import { element } from "./dom.js";

/** The controls that go inert while a load or scan runs. */
const INERT_WHILE_BUSY = "#refresh, #problem button";

/**
 * Enters the busy state: spinner, message in the status region, controls inert.
 * aria-disabled rather than disabled, so a keyboard user's focus stays on Refresh.
 * @param {{ status: HTMLElement, statusText: HTMLElement }} ui
 * @param {string} message
 */
export function showBusy(ui, message) {
  ui.status.classList.add("is-busy");
  ui.statusText.textContent = message;
  for (const control of document.querySelectorAll(INERT_WHILE_BUSY)) {
    control.setAttribute("aria-disabled", "true");
  }
}

/**
 * Leaves the busy state.
 * @param {{ status: HTMLElement, statusText: HTMLElement }} ui
 * @param {string} message What the status line says now.
 */
export function showIdle(ui, message) {
  ui.status.classList.remove("is-busy");
  ui.statusText.textContent = message;
  for (const control of document.querySelectorAll(INERT_WHILE_BUSY)) {
    control.removeAttribute("aria-disabled");
  }
}

/**
 * Shows a failure in words a rep understands, with a Retry button.
 * @param {HTMLElement} region #problem
 * @param {string} heading What did not happen.
 * @param {unknown} error Usually an ApiError from api.js; anything else says its message.
 * @param {() => Promise<void>} retry What Retry runs.
 */
export function showProblem(region, heading, error, retry) {
  const hadFocus = region.contains(document.activeElement);
  const box = element("div", "notice notice-error");
  box.append(element("h2", "", heading), element("p", "", error instanceof ApiError ? error.title : messageOf(error)));
  if (error instanceof ApiError && error.detail) {
    box.append(element("p", "", error.detail));
  }
  const retryButton = element("button", "button", "Retry");
  retryButton.type = "button";
  retryButton.addEventListener("click", () => {
    if (retryButton.getAttribute("aria-disabled") !== "true") retry();
  });
  box.append(retryButton);
  region.replaceChildren(box);
  if (hadFocus) retryButton.focus();
}

/**
 * What went wrong, in the words the failure carries: an Error's message, else the thing itself.
 * @param {unknown} failure
 * @returns {string}
 */
export function messageOf(failure) {
  return failure instanceof Error ? failure.message : String(failure);
}

/**
 * Removes the failure notice; focus that was on its Retry button moves to `fallback`.
 * @param {HTMLElement} region
 * @param {HTMLElement} fallback
 */
export function clearProblem(region, fallback) {
  const hadFocus = region.contains(document.activeElement);
  region.replaceChildren();
  if (hadFocus) fallback.focus();
}

/**
 * Shows who the pane works for.
 * @param {HTMLElement} region #rep
 * @param {import("../types/api").Me} me
 */
export function showRep(region, me) {
  region.replaceChildren(me.displayName);
  if (me.demo) {
    region.append(" ", element("span", "demo-badge", "Demo mailbox"));
  }
}
