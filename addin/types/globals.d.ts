// What the page's globals hold besides the DOM. Office.js's own types come from @types/office-js (tools/typecheck);
// the pane treats `window.Office` as possibly absent all the same, since a plain browser tab never loads it.

interface Window {
  /** The vendored MSAL browser build (lib/msal-browser/msal-browser.min.js), a UMD script that defines window.msal. */
  msal?: typeof import("@azure/msal-browser");
}
