// @ts-check
// A referral's story on its card: the introduction, notes, answers, the ask to the source, meetings, pauses, the next step.
import { ApiError, callApi } from "./api.js";
import { button, element, uniqueId } from "./dom.js";
import { firstName, formatDay, nextStepLabel, outcomeLabel } from "./labels.js";
import { formatMeetingDay, formatMeetingTime } from "./meeting-time.js";
import { messageOf } from "./pane-status.js";

/**
 * @typedef {import("../types/api").Referral} Referral
 * @typedef {import("../types/api").Timeline} Timeline
 * @typedef {import("../types/api").TimelineEntry} TimelineEntry
 * @typedef {{ prospect: { name: string }, source: { name: string } }} Names Whose timeline: the names entries mention.
 */

/**
 * What the timeline needs from the pane.
 * @typedef {{ host: import("./office-host.js").Host, timeZone: string, reference: Date }} TimelineEnv
 */

/** Referrals whose timeline is open, so a refreshed list opens them again. @type {Set<string>} */
const open = new Set();

/**
 * SVG path per kind of entry (16×16, drawn in currentColor); the words beside it carry the meaning.
 * @type {Record<TimelineEntry["kind"], string>}
 */
const ICONS = {
  introduction: "M3 8h7M7 4l4 4-4 4M13 3v10",
  note: "M2 4h12v8H2zM2 4l6 5 6-5",
  answer: "M14 4H2v8h12zM6 8L2 5M10 8l4-3",
  "auto-reply": "M8 2a6 6 0 1 0 0.01 0M8 5v3l2 2",
  "ask-source": "M6 6a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.5V10M8 12.5v.5",
  "update-source": "M3 8h10M9 4l4 4-4 4",
  meeting: "M2 4h12v10H2zM2 7h12M5 2v3M11 2v3",
  pause: "M5 3v10M11 3v10",
  closed: "M3 8l3 3 7-7",
  "next-step": "M4 3l8 5-8 5z",
};

/**
 * The "Timeline" toggle and the panel it fills on first open (one GET per card, on demand).
 * @param {Referral} referral
 * @param {TimelineEnv} env
 * @returns {HTMLElement[]}
 */
export function timelineControls(referral, env) {
  const panel = element("div", "timeline-panel");
  panel.id = uniqueId("timeline");
  panel.hidden = true;
  const toggle = button("Timeline", () => show(panel.hidden !== false), "secondary");
  toggle.classList.add("timeline-toggle");
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", panel.id);
  toggle.setAttribute("aria-label", `Timeline for ${referral.prospect.name}`);
  let loaded = false;
  const show = (/** @type {boolean} */ wanted) => {
    toggle.setAttribute("aria-expanded", String(wanted));
    panel.hidden = !wanted;
    if (wanted) open.add(referral.id);
    else open.delete(referral.id);
    if (wanted && !loaded) {
      loaded = true;
      load(panel, referral, env).catch(() => {
        loaded = false;
      });
    }
  };
  // A refreshed list keeps the timelines the rep had open.
  if (open.has(referral.id)) queueMicrotask(() => show(true));
  return [toggle, panel];
}

/**
 * Fetches and renders the timeline; a failure says so in the panel and may be retried by reopening.
 * @param {HTMLElement} panel
 * @param {Referral} referral
 * @param {TimelineEnv} env
 */
async function load(panel, referral, env) {
  panel.setAttribute("aria-busy", "true");
  panel.replaceChildren(element("p", "timeline-loading", "Loading the timeline…"));
  try {
    const timeline = /** @type {Timeline} */ (await callApi(`/api/referrals/${encodeURIComponent(referral.id)}/timeline`));
    panel.replaceChildren(renderTimeline(timeline, env));
  } catch (error) {
    panel.replaceChildren(element("p", "field-error", `We couldn't load the timeline. ${error instanceof ApiError ? error.title : messageOf(error)}`));
    throw error;
  } finally {
    panel.removeAttribute("aria-busy");
  }
}

/**
 * The timeline as an ordered list, oldest first, the next step last.
 * @param {Timeline} timeline
 * @param {TimelineEnv} env
 * @returns {HTMLOListElement}
 */
export function renderTimeline(timeline, env) {
  const list = element("ol", "timeline");
  list.setAttribute("aria-label", `Timeline for ${timeline.prospect.name}`);
  for (const entry of timeline.entries) {
    const item = element("li", `timeline-entry entry-${entry.kind}${entry.outcome ? ` outcome-${entry.outcome}` : ""}`);
    const body = element("div", "timeline-body");
    body.append(element("p", "timeline-what", describe(entry, timeline)));
    const when = whenOf(entry, env);
    if (when) {
      const time = element("time", "timeline-when", when);
      if (entry.at) time.setAttribute("datetime", entry.at);
      body.append(time);
    }
    if (entry.subject && entry.kind !== "introduction") body.append(element("p", "timeline-subject", `“${entry.subject}”`));
    const opener = openButton(entry, env.host);
    if (opener) body.append(opener);
    item.append(marker(entry.kind), body);
    list.append(item);
  }
  return list;
}

/**
 * What happened, in a few words.
 * @param {TimelineEntry} e
 * @param {Names} t
 * @returns {string}
 */
export function describe(e, t) {
  const prospect = firstName(t.prospect.name);
  const source = firstName(t.source.name);
  switch (e.kind) {
    case "introduction": return `Introduced by ${t.source.name}`;
    case "note": return "You wrote";
    case "answer": return `${prospect} answered`;
    case "auto-reply": return `Automatic reply from ${prospect}`;
    case "ask-source": return `You asked ${source} for help`;
    case "update-source": return `You wrote to ${source}`;
    case "meeting": return meetingWords(e.outcome, prospect);
    case "pause": return e.until ? `${prospect} is away until ${formatDay(e.until)}` : `${prospect} is away`;
    case "closed": return e.outcome ? `Closed: ${outcomeLabel(e.outcome)}` : "Closed";
    case "next-step": return `Next: ${nextStepLabel(e.step, t.source.name)}`;
    default: return e.kind;
  }
}

/**
 * A meeting entry's outcome in words ("held", "missed", "upcoming", "cancelled"; anything else is not confirmed).
 * @param {string | null} outcome
 * @param {string} prospect The prospect's first name.
 * @returns {string}
 */
function meetingWords(outcome, prospect) {
  switch (outcome) {
    case "held": return "Meeting held";
    case "missed": return `Meeting missed by ${prospect}`;
    case "upcoming": return "Meeting planned";
    case "cancelled": return "Meeting cancelled";
    default: return "Meeting not confirmed";
  }
}

/**
 * When, in the rep's time zone: a time for what happened, a day for the next step.
 * @param {TimelineEntry} e
 * @param {TimelineEnv} env
 * @returns {string | null}
 */
function whenOf(e, env) {
  if (!e.at) return null;
  if (e.kind === "next-step") {
    const day = formatMeetingDay(e.at, env.timeZone);
    return e.due || new Date(e.at) <= env.reference ? `Due since ${day}` : `Due ${day}`;
  }
  return e.kind === "pause" ? null : formatMeetingTime(e.at, env.timeZone);
}

/**
 * One click opens the entry's message (or meeting) in Outlook; a browser has nothing to open it in.
 * @param {TimelineEntry} e
 * @param {import("./office-host.js").Host} host
 * @returns {HTMLButtonElement | null}
 */
function openButton(e, host) {
  if (host.mode !== "outlook" || !(e.messageId || e.eventId)) return null;
  const label = e.eventId ? "Open meeting" : "Open message";
  const control = button(label, () => openInOutlook(host.mailbox, e), "subtle");
  control.classList.add("timeline-open");
  control.setAttribute("aria-label", `${label}: ${e.subject || describe(e, { prospect: { name: "" }, source: { name: "" } })}`);
  return control;
}

/**
 * Opens the message (displayMessageForm) or meeting (displayAppointmentForm); both want an EWS id.
 * @param {Office.Mailbox} mailbox Office.context.mailbox.
 * @param {{ messageId: string | null, eventId: string | null }} e
 */
function openInOutlook(mailbox, e) {
  const restId = e.messageId ?? e.eventId;
  if (!restId) return;
  const version = window.Office?.MailboxEnums?.RestVersion?.v2_0 ?? "v2.0";
  let ewsId = restId;
  try {
    if (typeof mailbox.convertToEwsId === "function") ewsId = mailbox.convertToEwsId(restId, version) || restId;
  } catch {
    // Mobile already speaks REST ids.
  }
  const open = e.messageId ? mailbox.displayMessageForm : mailbox.displayAppointmentForm;
  if (typeof open === "function") open.call(mailbox, ewsId);
}

/**
 * @param {TimelineEntry["kind"]} kind
 * @returns {HTMLElement}
 */
function marker(kind) {
  const holder = element("span", "timeline-marker");
  holder.setAttribute("aria-hidden", "true");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("focusable", "false");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", ICONS[kind] ?? ICONS.note);
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "1.5");
  path.setAttribute("stroke-linecap", "round");
  path.setAttribute("stroke-linejoin", "round");
  svg.append(path);
  holder.append(svg);
  return holder;
}
