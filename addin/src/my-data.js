// @ts-check
// "Delete all my data": a button, an inline confirm (Office.js turns window.confirm into a thrower), then DELETE /api/me/data.
import { sendJson } from "./api.js";
import { button, element, setBusy } from "./dom.js";
import { messageOf } from "./pane-status.js";

/**
 * The control, for the pane's footer and the privacy page.
 * @param {{ onDeleted: (message: string) => void }} env Runs after everything was deleted, with a sentence to show.
 * @returns {HTMLElement}
 */
export function myDataControl({ onDeleted }) {
  const part = element("div", "my-data");
  const error = element("p", "field-error");
  error.setAttribute("role", "alert");
  const start = button("Delete all my data", () => {
    const question = element("p", "confirm-text",
      "Delete every referral, introduction, meeting record and template kept for you? Your mail and drafts stay as they are. This can't be undone.");
    const yes = button("Delete everything", async () => {
      setBusy(yes, true);
      error.textContent = "";
      try {
        await sendJson("/api/me/data", null, "DELETE");
      } catch (failure) {
        setBusy(yes, false);
        error.textContent = messageOf(failure);
        return;
      }
      part.replaceChildren(start, error);
      start.focus();
      onDeleted("Everything kept for you was deleted. Your mail was not touched.");
    }, "danger");
    const keep = button("Keep it", () => {
      part.replaceChildren(start, error);
      start.focus();
    }, "secondary");
    const row = element("div", "inline-row");
    row.append(yes, keep);
    part.replaceChildren(question, row, error);
    keep.focus();
  }, "subtle");
  part.append(start, error);
  return part;
}
