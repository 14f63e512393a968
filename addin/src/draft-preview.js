// @ts-check
// Shows what a draft says, in a modal dialog: the body in a sandboxed frame, never as markup in the pane.
import { button, element } from "./dom.js";

/** The frame's style sheet, by full URL: the srcdoc frame has no address of its own to resolve a relative one against. */
const FRAME_CSS = new URL("../draft-frame.css", import.meta.url);

/**
 * The frame's document. The body is HTML the API built (names encoded); the sandbox (no scripts, opaque
 * origin) and this policy (nothing loaded but our style sheet) hold even if a quoted reply carries markup.
 * The frame also inherits the pane's own policy, which allows no inline styles: hence a linked sheet.
 */
const FRAME_HEAD = '<!doctype html><html><head><meta charset="utf-8">'
  + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${FRAME_CSS.origin}; img-src data:">`
  + `<link rel="stylesheet" href="${FRAME_CSS.href}"></head><body>`;

/**
 * Opens the preview of a draft the API saved.
 * @param {HTMLDialogElement} dialog The page's #draft-preview dialog.
 * @param {{ subject: string, to: { name: string, address: string }[], bodyHtml: string, webLink?: string | null,
 *   reused: boolean }} draft The API's draft response.
 * @param {() => void} onClose Runs after the dialog closes (puts focus back where the rep was).
 */
export function showDraftPreview(dialog, draft, onClose) {
  const title = element("h2", "preview-title", draft.reused ? "Already in your Drafts" : "Draft saved");
  title.id = "draft-preview-title";
  title.tabIndex = -1;
  const note = element("p", "preview-note", draft.reused
    ? "Already in your Drafts folder — nothing was sent."
    : "Saved in your Drafts folder — nothing was sent.");

  const fields = element("dl", "preview-fields");
  const recipients = draft.to.map((p) => (p.name && p.name !== p.address ? `${p.name} <${p.address}>` : p.address));
  fields.append(
    element("dt", "", "To"), element("dd", "preview-to", recipients.join("; ")),
    element("dt", "", "Subject"), element("dd", "preview-subject", draft.subject),
  );

  const frame = element("iframe", "preview-body");
  frame.setAttribute("sandbox", "");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.title = "Draft text";
  frame.srcdoc = FRAME_HEAD + draft.bodyHtml + "</body></html>";

  const actions = element("div", "preview-actions");
  const link = webLink(draft.webLink);
  if (link) actions.append(link);
  actions.append(button("Close", () => dialog.close(), "secondary"));

  if (dialog.open) dialog.close();
  dialog.setAttribute("aria-labelledby", title.id);
  dialog.replaceChildren(title, note, fields, frame, actions);
  dialog.addEventListener("close", onClose, { once: true });
  dialog.showModal();
  title.focus();
}

/**
 * "Open in Outlook on the web", for an https link only (a javascript: URL would run in the pane).
 * @param {string | null | undefined} href
 * @returns {HTMLAnchorElement | null}
 */
function webLink(href) {
  let url;
  try {
    url = new URL(href ?? "");
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  const link = element("a", "button button-secondary", "Open in Outlook on the web");
  link.href = url.href;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  return link;
}
