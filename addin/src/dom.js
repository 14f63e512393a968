// @ts-check
// Small DOM helpers shared by the pane's parts: elements with text (never markup), buttons, unique ids.

let lastId = 0;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a name or subject they
 * make "Bob\u202Egnp.exe" read as "Bobexe.png". Shown text never carries them; <bdi> isolates instead.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as the pane shows it: without bidi controls and NUL.
 * @param {string} text
 * @returns {string}
 */
export function plainText(text) {
  return String(text).replace(BIDI_CONTROLS, "").replaceAll("\0", "");
}

/**
 * The page's element with this id, of the kind asked for (HTMLElement unless told). A page without it is broken, so
 * this throws rather than hand back null.
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id
 * @param {{ new (): T, prototype: T }} [kind] Such as HTMLDialogElement.
 * @returns {T}
 */
export function byId(id, kind) {
  const node = document.getElementById(id);
  if (!(node instanceof (kind ?? HTMLElement))) throw new Error(`The page has no ${kind?.name ?? "element"} #${id}.`);
  return /** @type {T} */ (node);
}

/**
 * Creates an element with a class and, optionally, text (always as textContent, without bidi controls).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = plainText(text);
  return node;
}

/**
 * A tagged template for a sentence with people's names or subjects in it: each value goes in its own <bdi>, so
 * a right-to-left name cannot reorder the words around it. line("p", "card-source")`Introduced by ${name}`.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} className
 * @returns {(strings: TemplateStringsArray, ...values: unknown[]) => HTMLElementTagNameMap[K]}
 */
export function line(tag, className) {
  return (strings, ...values) => {
    const node = element(tag, className);
    strings.forEach((text, i) => {
      node.append(text);
      if (i < values.length) node.append(element("bdi", "", String(values[i])));
    });
    return node;
  };
}

/**
 * A button that runs onClick unless it is busy (aria-disabled keeps it focusable while busy).
 * @param {string} label Visible text, which is also its accessible name.
 * @param {(event: MouseEvent) => void} onClick
 * @param {"primary" | "secondary" | "subtle" | "danger"} [variant]
 * @returns {HTMLButtonElement}
 */
export function button(label, onClick, variant = "primary") {
  const node = element("button", variant === "primary" ? "button" : `button button-${variant}`, label);
  node.type = "button";
  node.addEventListener("click", (event) => {
    if (node.getAttribute("aria-disabled") !== "true") onClick(event);
  });
  return node;
}

/**
 * Marks a control busy or idle. It stays focusable, so keyboard focus never jumps away.
 * @param {HTMLElement} control
 * @param {boolean} busy
 */
export function setBusy(control, busy) {
  if (busy) {
    control.setAttribute("aria-disabled", "true");
    control.setAttribute("aria-busy", "true");
  } else {
    control.removeAttribute("aria-disabled");
    control.removeAttribute("aria-busy");
  }
}

/**
 * A document-unique id for label/aria links; a referral can be on screen twice (message and list).
 * @param {string} prefix
 * @returns {string}
 */
export function uniqueId(prefix) {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

/**
 * A labelled text-like input: returns the wrapper and the input.
 * @param {string} label
 * @param {{ type?: string, value?: string, name?: string, autocomplete?: AutoFill, hint?: string }} [options]
 * @returns {{ field: HTMLElement, input: HTMLInputElement }}
 */
export function textField(label, { type = "text", value = "", name = "", autocomplete = "off", hint } = {}) {
  const field = element("div", "field");
  const input = element("input", "input");
  input.id = uniqueId(name || "field");
  input.type = type;
  input.name = name;
  input.value = value;
  input.autocomplete = autocomplete;
  const caption = element("label", "field-label", label);
  caption.htmlFor = input.id;
  field.append(caption);
  if (hint) {
    const help = element("p", "field-hint", hint);
    help.id = uniqueId("hint");
    input.setAttribute("aria-describedby", help.id);
    field.append(help);
  }
  field.append(input);
  return { field, input };
}

/**
 * A calendar day of a moment in local time, as an <input type="date"> value ("2026-11-23").
 * @param {Date} date
 * @returns {string}
 */
export function dayValue(date) {
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The local midnight that starts a calendar day ("2026-11-23"), as an ISO timestamp for the API.
 * @param {string} day
 * @returns {string}
 */
export function dayStart(day) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date).toISOString();
}
