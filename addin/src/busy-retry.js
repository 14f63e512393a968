// @ts-check
// When Microsoft 365 is busy (the API answers 503 with Retry-After): keep the last results, say so, and scan again on our own.
import { ApiError } from "./api.js";

/** Never wait less than this between automatic retries, whatever Retry-After says. */
const MIN_WAIT_S = 1;
/** Never wait longer than this: a rep looking at the pane wants it to catch up. */
const MAX_WAIT_S = 60;

/**
 * Whether a failed API call means Microsoft 365 is busy and trying again later will help.
 * @param {unknown} error What the failed call threw.
 * @returns {error is ApiError}
 */
export function isBusy(error) {
  return error instanceof ApiError && error.status === 503;
}

/**
 * The status line while busy: "Last checked 10:15 — Microsoft 365 is busy, trying again".
 * @param {string | null} lastCheckedAt When the shown results were computed (ISO), or null before any scan.
 * @returns {string}
 */
export function busyStatus(lastCheckedAt) {
  const busy = "Microsoft 365 is busy, trying again";
  return lastCheckedAt ? `Last checked ${formatTime(lastCheckedAt)} — ${busy}` : `${busy[0].toUpperCase()}${busy.slice(1)}`;
}

/**
 * A moment as hours and minutes in the browser's locale ("10:15").
 * @param {string} iso
 * @returns {string}
 */
export function formatTime(iso) {
  return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** The pending automatic retry, so a manual scan or a second failure never stacks two. @type {number | null} */
let pending = null;

/**
 * Runs `retry` once after the wait the API asked for (Retry-After), within [1 s, 60 s].
 * @param {ApiError} error
 * @param {() => unknown} retry
 */
export function retryLater(error, retry) {
  cancelRetry();
  const asked = error.retryAfter !== null && Number.isFinite(error.retryAfter) ? error.retryAfter : 5;
  const seconds = Math.min(MAX_WAIT_S, Math.max(MIN_WAIT_S, asked));
  pending = window.setTimeout(() => {
    pending = null;
    retry();
  }, seconds * 1000);
}

/** Forgets a pending automatic retry (a scan started another way). */
export function cancelRetry() {
  if (pending !== null) {
    clearTimeout(pending);
    pending = null;
  }
}
