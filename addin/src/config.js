// @ts-check
// Constants for the task pane: where the API lives and where Office.js comes from.

/** The API serves the task pane, so calls go to the same origin. */
export const API_BASE = "";

/** Microsoft's hosted Office.js; loaded only to find out whether we run inside Outlook. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long to wait for Office.onReady before treating the page as a plain browser tab. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

/** The vendored MSAL.js browser build (see package.json "vendored"), served by the API with the pane: no CDN. */
export const MSAL_URL = new URL("../lib/msal-browser/msal-browser.min.js", import.meta.url).href;

/** The Office dialog that signs in with standard MSAL where nested app authentication cannot. */
export const SIGN_IN_DIALOG_URL = new URL("../dialog.html", import.meta.url).href;
