// @ts-check
// Finds out whether the pane runs inside Outlook. Office.js is loaded only to ask; a plain browser never waits on it.
import { OFFICE_JS_URL, OFFICE_READY_TIMEOUT_MS } from "./config.js";

/**
 * Where the pane runs. In Outlook, `mailbox` is Office.context.mailbox.
 * @typedef {{ mode: "browser" } | { mode: "outlook", mailbox: Office.Mailbox }} Host
 */

/** @type {Host} */
const BROWSER = Object.freeze({ mode: "browser" });

/**
 * Loads Office.js and waits for Office.onReady.
 * Resolves browser mode when the script cannot load, when Office reports no host (a plain tab),
 * or after a timeout: Office.onReady never settles when office.js is blocked half-way.
 * @param {{ url?: string, timeoutMs?: number }} [options]
 * @returns {Promise<Host>} Never rejects.
 */
export function connectToHost({ url = OFFICE_JS_URL, timeoutMs = OFFICE_READY_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(BROWSER), timeoutMs);
    const settle = (/** @type {Host} */ host) => {
      clearTimeout(timer);
      resolve(host);
    };
    const script = document.createElement("script");
    script.src = url;
    script.onerror = () => settle(BROWSER);
    script.onload = () => {
      const office = window.Office;
      if (typeof office?.onReady !== "function") {
        settle(BROWSER);
        return;
      }
      Promise.resolve(office.onReady()).then(
        (info) => settle(hostFrom(office, info)),
        () => settle(BROWSER),
      );
    };
    document.head.append(script);
  });
}

/**
 * Turns Office.onReady's {host, platform} into a Host.
 * @param {typeof Office} office The Office global.
 * @param {{ host: Office.HostType | null } | undefined} info What Office.onReady resolved with.
 * @returns {Host}
 */
function hostFrom(office, info) {
  const outlook = office.HostType?.Outlook ?? "Outlook";
  const mailbox = office.context?.mailbox;
  return info?.host === outlook && mailbox ? { mode: "outlook", mailbox } : BROWSER;
}
