// @ts-check
// A card's "More" disclosure: close (won, lost, not now), snooze, reopen, and delete after an inline confirm.
import { ApiError, sendJson } from "./api.js";
import { button, dayStart, dayValue, element, setBusy, textField, uniqueId } from "./dom.js";
import { outcomeLabel } from "./labels.js";
import { messageOf } from "./pane-status.js";

/**
 * What the controls need from the pane.
 * @typedef {{ reference: Date, onChanged: (referralId: string, message: string) => Promise<void> | void }} LifecycleEnv
 *   reference: "today" for the snooze date (the mailbox's clock); onChanged: refresh, announce, refocus.
 * @typedef {import("../types/api").Referral} Referral
 * @typedef {(control: HTMLElement, path: string, body: object | null, message: string, method?: string) => Promise<void>} Run
 *   One change: the control to mark busy, the path under the referral, the JSON body, what to announce after.
 */

const OUTCOMES = ["won", "lost", "not-now"];

/**
 * The "More" button and the panel it opens, for a card's action bar.
 * @param {Referral} referral
 * @param {LifecycleEnv} env
 * @returns {HTMLElement[]}
 */
export function lifecycleControls(referral, env) {
  const panel = element("div", "more-panel");
  panel.id = uniqueId("more");
  panel.hidden = true;
  const more = button("More", () => {
    const open = more.getAttribute("aria-expanded") !== "true";
    more.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    if (open && panel.childElementCount === 0) fillPanel(panel, referral, env);
  }, "secondary");
  more.classList.add("more-toggle");
  more.setAttribute("aria-expanded", "false");
  more.setAttribute("aria-controls", panel.id);
  // Every card has one; the name says whose, for a screen reader's list of buttons.
  more.setAttribute("aria-label", `More for ${referral.prospect.name}`);
  return [more, panel];
}

/**
 * Builds the panel's forms on first open.
 * @param {HTMLElement} panel
 * @param {Referral} referral
 * @param {LifecycleEnv} env
 */
function fillPanel(panel, referral, env) {
  const error = element("p", "field-error");
  error.setAttribute("role", "alert");
  const run = runner(referral, env, error);
  if (referral.state === "closed" || referral.closedAt) {
    panel.append(reopenPart(referral, run));
  } else {
    panel.append(closeForm(referral, run, error), snoozeForm(referral, env, run));
  }
  panel.append(deletePart(referral, run), error);
}

/**
 * Runs one change: busy button, the API call, then the pane's refresh; failures shown in the panel.
 * @param {Referral} referral
 * @param {LifecycleEnv} env
 * @param {HTMLElement} error Where a failure is said.
 * @returns {Run}
 */
function runner(referral, env, error) {
  return async (control, path, body, message, method = "POST") => {
    if (control.getAttribute("aria-disabled") === "true") return;
    setBusy(control, true);
    error.textContent = "";
    try {
      await sendJson(`/api/referrals/${encodeURIComponent(referral.id)}${path}`, body, method);
    } catch (failure) {
      setBusy(control, false);
      error.textContent = failure instanceof ApiError && (failure.status === 409 || failure.status === 400)
        ? failure.detail || failure.title
        : messageOf(failure);
      return;
    }
    await env.onChanged(referral.id, message);
    setBusy(control, false);
  };
}

/**
 * Close: how it ended, an optional note.
 * @param {Referral} referral
 * @param {Run} run
 * @param {HTMLElement} error
 * @returns {HTMLFormElement}
 */
function closeForm(referral, run, error) {
  const form = element("form", "more-part");
  const group = element("fieldset", "choice-group");
  group.append(element("legend", "more-title", "Close as"));
  const name = uniqueId("outcome");
  for (const outcome of OUTCOMES) {
    const label = element("label", "choice");
    const radio = element("input");
    radio.type = "radio";
    radio.name = name;
    radio.value = outcome;
    label.append(radio, " ", outcomeLabel(outcome));
    group.append(label);
  }
  const note = element("textarea", "input");
  note.id = uniqueId("close-note");
  note.rows = 2;
  note.maxLength = 2000;
  const noteLabel = element("label", "field-label", "Note (optional)");
  noteLabel.htmlFor = note.id;
  const submit = button("Close referral", () => {}, "secondary");
  submit.type = "submit";
  form.append(group, noteLabel, note, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    /** @type {HTMLInputElement | null} */
    const chosen = form.querySelector(`input[name="${name}"]:checked`);
    if (!chosen) {
      error.textContent = "Choose how it ended: won, lost or not now.";
      form.querySelector("input")?.focus();
      return;
    }
    const words = outcomeLabel(chosen.value).toLowerCase();
    run(submit, "/close", { outcome: chosen.value, note: note.value.trim() || null }, `Closed ${referral.prospect.name} as ${words}.`);
  });
  return form;
}

/**
 * Snooze until a day (a week from the mailbox's today by default); End snooze when one is running.
 * @param {Referral} referral
 * @param {LifecycleEnv} env
 * @param {Run} run
 * @returns {HTMLFormElement}
 */
function snoozeForm(referral, env, run) {
  const form = element("form", "more-part");
  const tomorrow = new Date(env.reference.getFullYear(), env.reference.getMonth(), env.reference.getDate() + 1);
  const inWeek = new Date(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate() + 6);
  const { field, input } = textField("Snooze until", { type: "date", value: dayValue(inWeek), name: "snooze-until" });
  input.min = dayValue(tomorrow);
  const submit = button("Snooze", () => {}, "secondary");
  submit.type = "submit";
  const row = element("div", "inline-row");
  row.append(field, submit);
  form.append(row);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!input.value) {
      input.focus();
      return;
    }
    run(submit, "/snooze", { until: dayStart(input.value) }, `Snoozed ${referral.prospect.name}.`);
  });
  if (referral.snoozedUntil && new Date(referral.snoozedUntil) > env.reference) {
    const wake = button("End snooze", () => run(wake, "/snooze", { until: null }, `${referral.prospect.name} is no longer snoozed.`), "secondary");
    form.append(wake);
  }
  return form;
}

/**
 * Reopen a closed referral.
 * @param {Referral} referral
 * @param {Run} run
 * @returns {HTMLElement}
 */
function reopenPart(referral, run) {
  const part = element("div", "more-part");
  const reopen = button("Reopen", () => run(reopen, "/reopen", null, `Reopened ${referral.prospect.name}.`), "secondary");
  part.append(reopen);
  return part;
}

/**
 * Delete, after an inline confirm (Office.js turns window.confirm into a thrower).
 * @param {Referral} referral
 * @param {Run} run
 * @returns {HTMLElement}
 */
function deletePart(referral, run) {
  const part = element("div", "more-part");
  const start = button("Delete referral", () => {
    const question = element("p", "confirm-text", `Delete the referral for ${referral.prospect.name}? This can't be undone.`);
    const yes = button("Delete", () => run(yes, "", null, `Deleted the referral for ${referral.prospect.name}.`, "DELETE"), "danger");
    const keep = button("Keep it", () => {
      part.replaceChildren(start);
      start.focus();
    }, "secondary");
    const row = element("div", "inline-row");
    row.append(yes, keep);
    part.replaceChildren(question, row);
    keep.focus();
  }, "subtle");
  part.append(start);
  return part;
}
