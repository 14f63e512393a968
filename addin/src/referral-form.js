// @ts-check
// The "Track referral" form: prefilled from the open message or empty, every field editable, errors by their fields.
import { ApiError, sendJson } from "./api.js";
import { button, dayStart, dayValue, element, setBusy, textField, uniqueId } from "./dom.js";
import { messageOf } from "./pane-status.js";

/**
 * @typedef {import("../types/api").Party} Party
 * @typedef {import("../types/api").Prefill} Prefill
 * @typedef {import("../types/api").Referral} Referral
 * @typedef {{ prefill?: Prefill, conversationId?: string, messageId?: string, reference: Date,
 *   onTracked: (referral: Referral) => Promise<void> | void, onCancel: () => void,
 *   onShowExisting?: (referralId: string) => void }} FormOptions
 * @typedef {"prospectName" | "prospectAddress" | "sourceName" | "sourceAddress" | "introducedAt"} FieldKey
 * @typedef {Record<FieldKey, { field: HTMLElement, input: HTMLInputElement }>} Fields
 */

/**
 * The API's field names (lower case) and the input that answers each.
 * @type {Record<string, FieldKey | undefined>}
 */
const FIELD_KEYS = {
  "prospect.name": "prospectName", "prospect.address": "prospectAddress", prospect: "prospectName",
  "source.name": "sourceName", "source.address": "sourceAddress", source: "sourceName", introducedat: "introducedAt",
};

/**
 * Builds the form. It posts to /api/referrals and hands the new referral to onTracked.
 * @param {FormOptions} options
 * @returns {HTMLFormElement}
 */
export function referralForm({ prefill = { source: null, prospects: [] }, conversationId, messageId, reference, onTracked, onCancel, onShowExisting }) {
  const form = element("form", "track-form");
  form.noValidate = true;
  const title = element("h3", "form-title", "Track referral");
  title.id = uniqueId("track-title");
  form.setAttribute("aria-labelledby", title.id);
  const summary = element("div", "form-summary");
  summary.setAttribute("role", "alert");
  summary.tabIndex = -1;

  const first = prefill.prospects[0] ?? { name: "", address: "" };
  /** @type {Fields} */
  const fields = {
    prospectName: textField("Prospect's name", { value: first.name, name: "prospect-name" }),
    prospectAddress: textField("Prospect's email", { type: "email", value: first.address, name: "prospect-email" }),
    sourceName: textField("Source's name", { value: prefill.source?.name ?? "", name: "source-name" }),
    sourceAddress: textField("Source's email", { type: "email", value: prefill.source?.address ?? "", name: "source-email" }),
    introducedAt: textField("Introduced on", { type: "date", value: dayValue(reference), name: "introduced-on" }),
  };
  fields.introducedAt.input.max = dayValue(reference);

  const prospect = element("fieldset", "form-group");
  prospect.append(element("legend", "form-legend", "Prospect"));
  if (prefill.prospects.length > 1) prospect.append(prospectChoice(prefill.prospects, fields));
  prospect.append(fields.prospectName.field, fields.prospectAddress.field);
  const source = element("fieldset", "form-group");
  source.append(element("legend", "form-legend", "Introduced by"), fields.sourceName.field, fields.sourceAddress.field);

  const submit = button("Track referral", () => {});
  submit.type = "submit";
  const actions = element("div", "inline-row");
  actions.append(submit, button("Cancel", onCancel, "secondary"));
  form.append(title, summary, prospect, source, fields.introducedAt.field, actions);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (submit.getAttribute("aria-disabled") === "true") return;
    clearErrors(fields, summary);
    const value = (/** @type {FieldKey} */ key) => fields[key].input.value.trim();
    const day = fields.introducedAt.input.value;
    const body = {
      prospect: { name: value("prospectName"), address: value("prospectAddress") },
      source: { name: value("sourceName"), address: value("sourceAddress") },
      // Today (or blank) lets the API stamp the moment; another day starts at its local midnight.
      introducedAt: day && day !== dayValue(reference) ? dayStart(day) : null,
      conversationId: conversationId || null,
      messageId: messageId || null,
    };
    setBusy(submit, true);
    /** @type {Referral} */
    let referral;
    try {
      referral = /** @type {Referral} */ (await sendJson("/api/referrals", body));
    } catch (error) {
      setBusy(submit, false);
      showErrors(error, fields, summary, onShowExisting);
      return;
    }
    // Busy until the pane has refreshed, so a second press cannot post the same referral again.
    await onTracked(referral);
    setBusy(submit, false);
  });
  return form;
}

/**
 * Radios for a message with several outside recipients; choosing one fills the prospect's fields.
 * @param {Party[]} prospects
 * @param {Fields} fields
 * @returns {HTMLElement}
 */
function prospectChoice(prospects, fields) {
  const group = element("fieldset", "choice-group");
  group.append(element("legend", "field-label", "Who was introduced?"));
  const name = uniqueId("prospect-choice");
  prospects.forEach((p, index) => {
    const label = element("label", "choice");
    const radio = element("input");
    radio.type = "radio";
    radio.name = name;
    radio.checked = index === 0;
    radio.addEventListener("change", () => {
      fields.prospectName.input.value = p.name;
      fields.prospectAddress.input.value = p.address;
    });
    label.append(radio, " ", element("bdi", "", p.name === p.address ? p.address : `${p.name} (${p.address})`));
    group.append(label);
  });
  return group;
}

/**
 * Field messages go under their fields (aria-describedby) and the first invalid field takes focus;
 * anything else (a 409, a failure) goes in the summary, which takes focus.
 * @param {unknown} failure Usually an ApiError (a 400's field errors, a 409's existing referral).
 * @param {Fields} fields
 * @param {HTMLElement} summary
 * @param {((referralId: string) => void) | undefined} onShowExisting
 */
function showErrors(failure, fields, summary, onShowExisting) {
  const error = failure instanceof ApiError ? failure : new ApiError({ title: messageOf(failure), status: 0 });
  /** @type {string[]} */
  const leftOver = [];
  for (const [key, messages] of Object.entries(error.errors ?? {})) {
    const fieldKey = FIELD_KEYS[key.toLowerCase()];
    const target = fieldKey ? fields[fieldKey] : undefined;
    if (!target) {
      leftOver.push(...messages);
      continue;
    }
    // One message per field: an empty address is "missing", not also "not valid".
    const message = element("p", "field-error", messages[0]);
    message.id = uniqueId("error");
    target.input.setAttribute("aria-invalid", "true");
    const described = target.input.getAttribute("aria-describedby");
    target.input.setAttribute("aria-describedby", described ? `${described} ${message.id}` : message.id);
    target.field.append(message);
  }
  if (Object.keys(error.errors ?? {}).length === 0) {
    summary.append(element("p", "form-summary-title", error.title));
    if (error.detail) summary.append(element("p", "", error.detail));
    const existing = error.existingReferralId;
    if (existing && onShowExisting) {
      summary.append(button("Show that referral", () => onShowExisting(existing), "secondary"));
    }
  } else if (leftOver.length > 0) {
    summary.append(element("p", "", leftOver.join(" ")));
  }
  summary.classList.toggle("has-content", summary.childElementCount > 0);
  // The first invalid field in the form's order, not the API's.
  const firstInvalid = Object.values(fields).map((f) => f.input).find((input) => input.getAttribute("aria-invalid") === "true");
  if (firstInvalid) firstInvalid.focus();
  else summary.focus();
}

/**
 * Removes the last attempt's messages.
 * @param {Fields} fields
 * @param {HTMLElement} summary
 */
function clearErrors(fields, summary) {
  summary.replaceChildren();
  summary.classList.remove("has-content");
  for (const { field, input } of Object.values(fields)) {
    for (const old of field.querySelectorAll(".field-error")) {
      const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== old.id);
      if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
      else input.removeAttribute("aria-describedby");
      old.remove();
    }
    input.removeAttribute("aria-invalid");
  }
}
