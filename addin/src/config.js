// Constants for the task pane: where the API lives and where Office.js comes from.

/** The API serves the task pane, so calls go to the same origin. */
export const API_BASE = "";

/** Microsoft's hosted Office.js; loaded only to find out whether we run inside Outlook. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long to wait for Office.onReady before treating the page as a plain browser tab. */
export const OFFICE_READY_TIMEOUT_MS = 3000;
