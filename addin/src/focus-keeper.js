// @ts-check
// Keeps keyboard focus where the rep was when a refresh re-renders a list of cards.

/**
 * Where focus was, in card terms.
 * @typedef {{ referralId: string | null, tag: string, text: string }} FocusMemory
 */

/**
 * Notes the focused control when it is inside region (its card and its tag and text).
 * @param {HTMLElement} region
 * @returns {FocusMemory | null}
 */
export function rememberFocus(region) {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !region.contains(active)) return null;
  /** @type {HTMLElement | null} */
  const card = active.closest("[data-referral-id]");
  return { referralId: card?.dataset.referralId ?? null, tag: active.tagName, text: active.textContent.trim() };
}

/**
 * After a re-render: the same control in the same referral's card, else that card's heading.
 * Does nothing when focus already sits somewhere live.
 * @param {HTMLElement} region
 * @param {FocusMemory | null} memory
 */
export function restoreFocus(region, memory) {
  if (!memory?.referralId || (document.activeElement && document.activeElement !== document.body)) return;
  const card = cardOf(region, memory.referralId);
  const same = [...(card?.querySelectorAll(memory.tag) ?? [])].find((node) => node.textContent.trim() === memory.text);
  if (same instanceof HTMLElement) same.focus();
  else focusCard(region, memory.referralId);
}

/**
 * Moves focus to a referral's card heading in region.
 * @param {HTMLElement} region
 * @param {string} referralId
 * @returns {boolean} False when no card shows that referral.
 */
export function focusCard(region, referralId) {
  const heading = cardOf(region, referralId)?.querySelector("h3");
  if (!(heading instanceof HTMLElement)) return false;
  heading.tabIndex = -1;
  heading.focus();
  return true;
}

/**
 * Moves focus to the first heading in region (a landing spot when the card the rep worked on is gone).
 * @param {HTMLElement} region
 * @returns {boolean}
 */
export function focusFirstHeading(region) {
  const heading = region.querySelector("h2, h3");
  if (!(heading instanceof HTMLElement) || region.hidden) return false;
  heading.tabIndex = -1;
  heading.focus();
  return true;
}

/**
 * @param {HTMLElement} region
 * @param {string} referralId
 * @returns {Element | null}
 */
function cardOf(region, referralId) {
  return region.querySelector(`.card[data-referral-id="${CSS.escape(referralId)}"]`);
}
