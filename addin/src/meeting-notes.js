// @ts-check
// What a card says about the prospect's meetings: the one they missed, one to settle ("Did they show?"), one they declined.
import { ApiError, callApi, sendJson } from "./api.js";
import { button, element, setBusy, uniqueId } from "./dom.js";
import { formatMeetingDay, formatMeetingTime } from "./meeting-time.js";
import { messageOf } from "./pane-status.js";

/**
 * @typedef {import("../types/api").Meeting} Meeting A meeting as GET /api/meetings returns it.
 * @typedef {import("../types/api").Referral} Referral
 */

/**
 * What the notes need from the pane.
 * @typedef {{ timeZone: string, onSettled: (meeting: Meeting, message: string) => void }} MeetingEnv
 */

/**
 * The rep's meetings by referral (GET /api/meetings). Never throws: without them a card only says less.
 * @param {Map<string, Meeting[]>} fallback What to keep when the call fails.
 * @returns {Promise<Map<string, Meeting[]>>}
 */
export async function fetchMeetings(fallback = new Map()) {
  try {
    return meetingsByReferral(/** @type {Meeting[]} */ (await callApi("/api/meetings")));
  } catch {
    return fallback;
  }
}

/**
 * Groups meetings by referral, keeping the API's order (no-shows first).
 * @param {Meeting[]} meetings
 * @returns {Map<string, Meeting[]>}
 */
function meetingsByReferral(meetings) {
  /** @type {Map<string, Meeting[]>} */
  const byReferral = new Map();
  for (const m of meetings) {
    byReferral.set(m.referralId, [...(byReferral.get(m.referralId) ?? []), m]);
  }
  return byReferral;
}

/**
 * The notes for one referral's card: the missed meeting (on a no-show card), meetings to settle, a decline.
 * @param {Referral} referral
 * @param {Meeting[]} meetings This referral's meetings.
 * @param {MeetingEnv} env
 * @returns {HTMLElement[]}
 */
export function meetingNotes(referral, meetings, env) {
  const notes = [];
  const missed = meetings.find((m) => m.outcome === "no-show");
  if (referral.state === "no-show" && missed) {
    notes.push(element("p", "card-meeting", `Missed “${missed.subject}”, ${formatMeetingTime(missed.start, env.timeZone)}`));
  }
  for (const m of meetings.filter((x) => x.outcome === "unconfirmed")) {
    notes.push(settleBox(referral, m, env));
  }
  const declined = meetings.find((m) => m.outcome === "declined");
  if (declined && !referral.closedAt) {
    notes.push(element("p", "card-detail", `Declined the ${formatMeetingDay(declined.start, env.timeZone)} meeting — offer another time`));
  }
  return notes;
}

/**
 * "Did they show?" for a meeting no attendance report can settle (a phone call, an in-person meeting,
 * a report that shows someone else where the prospect should be, or one Microsoft 365 would not share; its note says which).
 * @param {Referral} referral
 * @param {Meeting} meeting
 * @param {MeetingEnv} env
 * @returns {HTMLElement}
 */
function settleBox(referral, meeting, env) {
  const box = element("div", "card-settle");
  const question = element("p", "card-settle-question",
    `Did they show? “${meeting.subject}”, ${formatMeetingTime(meeting.start, env.timeZone)}`);
  question.id = uniqueId("settle");
  const name = referral.prospect.name;
  const noShow = button("Didn't show", () => settle(noShow, meeting, "no-show", `Marked ${name} as a no-show.`, env), "secondary");
  const met = button("We met", () => settle(met, meeting, "met", `Noted that you met ${name}.`, env), "secondary");
  const described = [question.id];
  box.append(question);
  // What the report showed instead of the prospect, or why Microsoft 365 would not share it: the rep decides on the evidence.
  if (meeting.note) {
    const note = element("p", "card-settle-note", meeting.note);
    note.id = uniqueId("settle-note");
    described.push(note.id);
    box.append(note);
  }
  for (const control of [noShow, met]) control.setAttribute("aria-describedby", described.join(" "));
  const actions = element("div", "card-settle-actions");
  actions.append(noShow, met);
  box.append(actions);
  return box;
}

/**
 * Tells the API what happened (it rescans), then lets the pane refresh. A failure is said in the box.
 * @param {HTMLButtonElement} control
 * @param {Meeting} meeting
 * @param {"no-show" | "met"} outcome
 * @param {string} message
 * @param {MeetingEnv} env
 */
async function settle(control, meeting, outcome, message, env) {
  const box = control.closest(".card-settle");
  box?.querySelector(".card-notice")?.remove();
  setBusy(control, true);
  try {
    await sendJson(`/api/meetings/${encodeURIComponent(meeting.eventId)}/settle`, { outcome });
  } catch (error) {
    setBusy(control, false);
    const notice = element("div", "card-notice card-notice-error");
    notice.setAttribute("role", "alert");
    notice.append(element("p", "", error instanceof ApiError
      ? (error.status === 404 ? "That meeting is no longer in your calendar." : error.title)
      : messageOf(error)));
    box?.append(notice);
    return;
  }
  setBusy(control, false);
  env.onSettled(meeting, message);
}
