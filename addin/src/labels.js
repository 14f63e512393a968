// @ts-check
// Human words for API values: next steps, silence, and dates in the rep's own locale.

/**
 * The first word of a name, for friendly labels ("Ask George for help").
 * @param {string} name A display name such as "George Miller".
 * @returns {string}
 */
export function firstName(name) {
  return (name ?? "").trim().split(/\s+/)[0] || name;
}

/**
 * What the rep should do next, as a short imperative.
 * @param {string | null} step The API's nextStep ("second-note", ...).
 * @param {string} sourceName The referral source's display name.
 * @returns {string | null} Null when there is no step.
 */
export function nextStepLabel(step, sourceName) {
  const source = firstName(sourceName);
  switch (step) {
    case "first-reach-out": return "First reach-out";
    case "second-note": return "Second note";
    case "ask-source": return `Ask ${source} for help`;
    case "check-in": return "Check in";
    case "indifference": return "Ask for a clear yes or no";
    case "sorry-i-missed-you": return "Sorry I missed you";
    case "update-source": return `Update ${source}`;
    case "thank-source": return `Thank ${source}`;
    default: return step ? step.replaceAll("-", " ") : null;
  }
}

/**
 * The Draft button's label for a step ("Draft second note").
 * @param {string} step The API's step ("second-note", ...).
 * @param {string} sourceName The referral source's display name.
 * @returns {string}
 */
export function draftLabel(step, sourceName) {
  const source = firstName(sourceName);
  switch (step) {
    case "first-reach-out": return "Draft first reach-out";
    case "second-note": return "Draft second note";
    case "ask-source": return `Draft note to ${source}`;
    case "check-in": return "Draft check-in";
    case "indifference": return "Draft yes-or-no note";
    case "sorry-i-missed-you": return "Draft sorry-I-missed-you";
    case "update-source": return `Draft update to ${source}`;
    case "thank-source": return `Draft thank-you to ${source}`;
    default: return `Draft ${step.replaceAll("-", " ")}`;
  }
}

/**
 * How a closed referral ended, as the API stored it ("lost", "not-now"), as words ("Lost", "Not now").
 * @param {string} outcome
 * @returns {string}
 */
export function outcomeLabel(outcome) {
  if (outcome === "not-now") return "Not now";
  return outcome.charAt(0).toUpperCase() + outcome.slice(1);
}

/**
 * A count of days with the right noun: "1 day", "9 days".
 * @param {number} days
 * @returns {string}
 */
export function dayCount(days) {
  return `${days} ${days === 1 ? "day" : "days"}`;
}

/**
 * A moment as a short date in the browser's locale ("14 Nov"), with the year only when it
 * differs from the reference moment's (the last scan, so the demo's clock is respected).
 * @param {string} iso An ISO timestamp from the API.
 * @param {Date} [reference] The "now" the list was computed at.
 * @returns {string}
 */
export function formatDate(iso, reference = new Date()) {
  return shortDate(new Date(iso), reference);
}

/**
 * A calendar day ("yyyy-mm-dd", no time zone) as a short local date; never shifted a day by UTC.
 * @param {string} day Such as "2026-12-01".
 * @param {Date} [reference]
 * @returns {string}
 */
export function formatDay(day, reference = new Date()) {
  const [year, month, date] = day.split("-").map(Number);
  return shortDate(new Date(year, month - 1, date), reference);
}

/**
 * A moment as date and time in the browser's locale ("23 Nov, 16:00").
 * @param {string} iso An ISO timestamp.
 * @returns {string}
 */
export function formatDateTime(iso) {
  return new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "numeric", minute: "2-digit" })
    .format(new Date(iso));
}

/**
 * @param {Date} date
 * @param {Date} reference
 * @returns {string}
 */
function shortDate(date, reference) {
  /** @type {Intl.DateTimeFormatOptions} */
  const options = { day: "numeric", month: "short" };
  if (date.getFullYear() !== reference.getFullYear()) {
    options.year = "numeric";
  }
  return new Intl.DateTimeFormat(undefined, options).format(date);
}
