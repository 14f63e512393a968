// @ts-check
// Wires the task pane: the open message's context, new introductions, the follow-up list and its meetings, the pipeline,
// timelines and sources; scans (with progress, and retries while Microsoft 365 is busy), drafts, changes; Outlook's theme.
import { callApi, sendJson } from "./api.js";
import { busyStatus, cancelRetry, isBusy, retryLater } from "./busy-retry.js";
import { lifecycleControls } from "./card-lifecycle.js";
import { draftButton } from "./draft-button.js";
import { byId } from "./dom.js";
import { focusCard, focusFirstHeading, rememberFocus, restoreFocus } from "./focus-keeper.js";
import { renderFollowUps } from "./followup-list.js";
import { renderIntroductions } from "./introductions.js";
import { formatDateTime } from "./labels.js";
import { followSelectedItem, readOpenItem } from "./mailbox-item.js";
import { fetchMeetings, meetingNotes } from "./meeting-notes.js";
import { chooseTimeZone } from "./meeting-time.js";
import { hideMessageContext, renderMessageContext } from "./message-context.js";
import { connectToHost } from "./office-host.js";
import { clearProblem, showBusy, showIdle, showProblem, showRep } from "./pane-status.js";
import { myDataControl } from "./my-data.js";
import { renderPipeline } from "./pipeline.js";
import { scanProgress } from "./progress.js";
import { referralForm } from "./referral-form.js";
import { showSources } from "./sources.js";
import { followTheme } from "./theme.js";
import { timelineControls } from "./timeline.js";

/**
 * @typedef {import("../types/api").Referral} Referral
 * @typedef {import("../types/api").ReferralList} ReferralList
 * @typedef {import("../types/api").ScanSummary} ScanSummary
 * @typedef {import("../types/api").Me} Me
 * @typedef {import("../types/api").Suggestion} Suggestion
 * @typedef {import("../types/api").MessageContext} MessageContext
 * @typedef {import("../types/api").Meeting} Meeting
 * @typedef {import("./office-host.js").Host} Host
 * @typedef {import("./mailbox-item.js").OpenItem} OpenItem
 */

/** The page's fixed elements (taskpane.html). */
const ui = {
  rep: byId("rep"),
  refresh: byId("refresh"),
  status: byId("status"),
  statusText: byId("status-text"),
  problem: byId("problem"),
  context: byId("message-context"),
  introductions: byId("introductions"),
  list: byId("followups"),
  addReferral: byId("add-referral"),
  addForm: byId("add-referral-form"),
  preview: byId("draft-preview", HTMLDialogElement),
  pipeline: byId("pipeline"),
  progress: byId("scan-progress"),
  followupsView: byId("followups-view"),
  sourcesView: byId("sources-view"),
  viewFollowups: byId("view-followups"),
  viewSources: byId("view-sources"),
  settings: byId("pane-settings"),
};

/** True while a load or scan runs; Refresh stays focusable but does nothing. */
let busy = false;
/** True once the rep and the stored list have loaded; until then Refresh loads them again. */
let loaded = false;
/** The moment the shown data was computed: "today" for dates and defaults (the mailbox's clock, in the demo). */
let reference = new Date();
/** Where the pane runs: browser until Office.onReady says Outlook. @type {Host} */
let host = { mode: "browser" };
/** The mailbox's time zone (GET /api/me), for meeting times; null until known or when the API has none. @type {string | null} */
let mailboxZone = null;
/** The rep's meetings by referral id (GET /api/meetings). @type {Map<string, Meeting[]>} */
let meetings = new Map();
/** The open message in Outlook, or null. @type {OpenItem | null} */
let item = null;
/** Answers to older requests are dropped: the rep has moved on, or a newer scan has asked again. */
let contextRequest = 0;
let introductionsRequest = 0;
/** The running scan, and whether an action asked for another once it ends. @type {Promise<void> | null} */
let scanRun = null;
let scanAgain = false;
/** What the last action did, said in the status line when the scan it started ends. */
let news = "";
/** Every referral of the last list, the state the list is filtered to (a pipeline segment), and when it was computed. */
/** @type {Referral[]} */
let allReferrals = [];
/** @type {string | null} */
let filter = null;
/** @type {string | null} */
let computedAt = null;

/** @type {(region: HTMLElement) => import("./draft-button.js").DraftEnv} */
const draftEnv = (region) => ({ host, dialog: ui.preview, region });
/** @type {() => import("./card-lifecycle.js").LifecycleEnv} */
const lifecycleEnv = () => ({ reference, onChanged: (id, message) => afterChange(message, { region: ui.list, referralId: id }) });
/** @type {() => import("./introductions.js").IntroEnv} */
const introEnv = () => ({
  reference,
  onTracked: (referral, message) => afterChange(message, { region: item ? ui.context : ui.list, referralId: referral.id }),
  onDismissed: (_, message) => afterChange(message, { region: ui.introductions }),
});

/** Meeting times read in the mailbox's zone, else Outlook's, else the browser's. */
const repTimeZone = () => chooseTimeZone(mailboxZone, host.mode === "outlook" ? host.mailbox.userProfile?.timeZone : null);

/** A list card's lines about its meetings; settling one rescans and keeps focus on the card. @param {Referral} referral */
const notesFor = (referral) => meetingNotes(referral, meetings.get(referral.id) ?? [], {
  timeZone: repTimeZone(),
  onSettled: (meeting, message) => afterChange(message, { region: ui.list, referralId: meeting.referralId }),
});

/**
 * A card's controls: Draft for the due step (in the message context also the upcoming one: the API says
 * when it is not due and the rep may draft it anyway), then More.
 * @type {(region: HTMLElement) => (referral: Referral) => Node[]}
 */
const actionsFor = (region) => (referral) => {
  const step = region === ui.context ? referral.nextStep ?? referral.upcomingStep : referral.nextStep;
  const draft = step && !referral.closedAt ? [draftButton(referral, step, draftEnv(region))] : [];
  return [...draft, ...lifecycleControls(referral, lifecycleEnv()), ...timelineControls(referral, { host, timeZone: repTimeZone(), reference })];
};

/** Scan progress in the header; a scan the background service finished reloads the list. */
const progress = scanProgress(ui.progress, { onBackgroundScan: () => reloadList(), lastScanAt: () => computedAt });

ui.refresh.addEventListener("click", () => {
  if (!busy) loaded ? scan() : load();
});
ui.addReferral.addEventListener("click", () => toggleAddForm(ui.addReferral.getAttribute("aria-expanded") !== "true"));
ui.viewFollowups.addEventListener("click", () => showView("followups"));
ui.viewSources.addEventListener("click", () => showView("sources"));
followTheme(host);
ui.settings.replaceChildren(myDataControl({ onDeleted: forgetShownData }));
connectToHost().then((connected) => {
  host = connected;
  document.documentElement.dataset.host = host.mode;
  followTheme(host);
  if (host.mode !== "outlook") return;
  followSelectedItem(host.mailbox, (selected) => {
    item = selected;
    refreshContext();
  });
  item = readOpenItem(host.mailbox);
  refreshContext();
});
load();

/** Shows the rep, the stored list and introductions straight away, then checks the mailbox for news. */
async function load() {
  if (busy) return;
  busy = true;
  showBusy(ui, "Loading your follow-ups…");
  /** @type {ReferralList} */
  let list;
  try {
    const [me, stored, known] = await Promise.all([callApi("/api/me"), callApi("/api/referrals"), fetchMeetings(meetings)]);
    const rep = /** @type {Me} */ (me);
    showRep(ui.rep, rep);
    mailboxZone = rep.timeZone ?? null;
    meetings = known;
    list = /** @type {ReferralList} */ (stored);
  } catch (error) {
    ui.list.replaceChildren();
    busy = false;
    showIdle(ui, "");
    showProblem(ui.problem, "We couldn't load your follow-ups", error, load);
    return;
  }
  loaded = true;
  showList(list.referrals, list.lastScanAt);
  clearProblem(ui.problem, ui.refresh);
  busy = false;
  showIdle(ui, list.lastScanAt ? `Last checked ${formatDateTime(list.lastScanAt)}` : "");
  // The scan starts in this same task, so "Last checked" never shows as idle while it is pending.
  const scanning = scan();
  refreshIntroductions();
  await scanning;
}

/**
 * Reads the mailbox now (POST /api/scan), then shows the list, introductions and message context it changed.
 * Asked again while running, it runs once more after, so an action's change is never missed.
 * @returns {Promise<void>}
 */
function scan() {
  if (scanRun) {
    scanAgain = true;
    return scanRun;
  }
  scanRun = (async () => {
    do {
      scanAgain = false;
      await scanOnce();
    } while (scanAgain);
  })().finally(() => {
    scanRun = null;
  });
  return scanRun;
}

async function scanOnce() {
  cancelRetry();
  busy = true;
  showBusy(ui, "Checking your mailbox…");
  try {
    const request = callApi("/api/scan", { method: "POST" });
    progress.watch(request);
    const result = /** @type {ScanSummary} */ (await request);
    meetings = await fetchMeetings(meetings);
    showList(result.referrals, result.scannedAt);
    clearProblem(ui.problem, ui.refresh);
    await Promise.all([refreshIntroductions(), refreshContext(), refreshSources()]);
    busy = false;
    showIdle(ui, [news, `Last checked ${formatDateTime(result.scannedAt)}`].filter(Boolean).join(" "));
  } catch (error) {
    busy = false;
    if (isBusy(error)) {
      // Microsoft 365 is busy: the last results stay, and the pane tries again by itself.
      clearProblem(ui.problem, ui.refresh);
      showIdle(ui, [news, busyStatus(computedAt)].filter(Boolean).join(" "));
      retryLater(error, scan);
    } else {
      showIdle(ui, [news, "Showing your list from the last check."].filter(Boolean).join(" "));
      showProblem(ui.problem, "We couldn't check your mailbox", error, scan);
    }
  }
  news = "";
}

/**
 * After a change (tracked, closed, dismissed...): rescan, say what happened, and put focus on the referral's
 * card (or, when it is gone, on the first heading of the region the rep worked in).
 * @param {string} message
 * @param {{ region: HTMLElement, referralId?: string }} where
 */
async function afterChange(message, { region, referralId }) {
  news = message;
  await scan();
  if (referralId && (focusCard(region, referralId) || focusCard(ui.list, referralId))) return;
  focusFirstHeading(region) || focusFirstHeading(ui.list);
}

/** The open message's referral, suggestion or prefill (POST /api/context); hidden when there is no message. */
async function refreshContext() {
  const request = ++contextRequest;
  if (!item) {
    hideMessageContext(ui.context);
    return;
  }
  const shown = item;
  /** @type {MessageContext} */
  let context;
  try {
    // POST, not GET: a thread with a hundred recipients would pass the 8 KB a query string may have.
    context = /** @type {MessageContext} */ (await sendJson("/api/context", {
      itemId: item.itemId, restItemId: item.restId, conversationId: item.conversationId, subject: item.subject, from: item.from, to: item.to, cc: item.cc,
    }));
  } catch {
    if (request === contextRequest) hideMessageContext(ui.context);
    return;
  }
  if (request !== contextRequest) return;
  // A scan must not wipe a Track form the rep is filling in for this same, still untracked, message.
  const key = [shown.itemId, context.referral?.id, context.suggestion?.id].join("|");
  if (key === ui.context.dataset.key && ui.context.querySelector("form.track-form")) return;
  ui.context.dataset.key = key;
  const memory = rememberFocus(ui.context);
  renderMessageContext(ui.context, context, {
    reference, item: shown, actionsFor: actionsFor(ui.context), introEnv: introEnv(),
    onTracked: (referral, message) => afterChange(message, { region: ui.context, referralId: referral.id }),
    onShowExisting: (id) => focusCard(ui.list, id),
  });
  restoreFocus(ui.context, memory);
}

/**
 * After "Delete all my data": nothing the pane shows is kept any more. No scan starts by itself (it would
 * store the mailbox's introductions again); Refresh does one when the rep asks.
 * @param {string} message
 */
function forgetShownData(message) {
  ++contextRequest;
  ++introductionsRequest;
  meetings = new Map();
  showList([], null);
  ui.introductions.replaceChildren();
  ui.introductions.hidden = true;
  hideMessageContext(ui.context);
  showIdle(ui, message);
}

/** The "New introductions" section (GET /api/introductions); a failure leaves the last one shown. */
async function refreshIntroductions() {
  const request = ++introductionsRequest;
  /** @type {Suggestion[]} */
  let suggestions;
  try {
    suggestions = /** @type {Suggestion[]} */ (await callApi("/api/introductions"));
  } catch {
    return;
  }
  if (request !== introductionsRequest) return;
  renderIntroductions(ui.introductions, suggestions, introEnv());
}

/**
 * Renders the list; dates are read against the moment the list was computed. Focus stays on its card.
 * @param {Referral[]} referrals
 * @param {string | null} at When the list was computed.
 */
function showList(referrals, at) {
  computedAt = at;
  reference = at ? new Date(at) : new Date();
  allReferrals = referrals;
  if (filter && !referrals.some((r) => (r.state ?? "unscanned") === filter)) filter = null;
  const shown = filter ? referrals.filter((r) => (r.state ?? "unscanned") === filter) : referrals;
  const memory = rememberFocus(ui.list);
  // A scan re-renders the bar: focus on a segment stays on the same state's segment.
  const active = document.activeElement;
  const segment = active instanceof HTMLElement && ui.pipeline.contains(active) ? active.dataset.state ?? "" : null;
  renderPipeline(ui.pipeline, referrals, { active: filter, onFilter: applyFilter });
  renderFollowUps(ui.list, shown, { reference, actionsFor: actionsFor(ui.list), notesFor, firstRun: firstRunActions() });
  restoreFocus(ui.list, memory);
  if (segment !== null && !ui.pipeline.contains(document.activeElement)) {
    /** @type {HTMLElement | null} */ (ui.pipeline.querySelector(segment ? `[data-state="${CSS.escape(segment)}"]` : "button"))?.focus();
  }
}

/**
 * Filters the list to one state (a pipeline segment), or shows all again; focus stays on the bar.
 * @param {string | null} state
 */
function applyFilter(state) {
  filter = state;
  showList(allReferrals, computedAt);
  const target = state
    ? ui.pipeline.querySelector(`.pipeline-segment[data-state="${CSS.escape(state)}"]`)
    : ui.pipeline.querySelector(".pipeline-segment");
  /** @type {HTMLElement | null} */ (target)?.focus();
}

/**
 * The empty list's way to start: in Outlook, with a message open, track it.
 * @returns {Node[]}
 */
function firstRunActions() {
  if (!item) return [];
  const start = document.createElement("button");
  start.type = "button";
  start.className = "button";
  start.textContent = "Track the message you're reading";
  start.addEventListener("click", () => {
    // The untracked message's own "Track referral", else the introduction's it found in the message.
    const track = /** @type {HTMLElement | null} */ (ui.context.querySelector(".context-untracked button") ?? ui.context.querySelector("button"));
    track?.click();
    (ui.context.querySelector("input") ?? track)?.focus();
  });
  return [start];
}

/** After a scan the pane did not start (the background service's): the list, introductions and sources again. */
async function reloadList() {
  // While the rep works in a card (its More panel open), a redraw would close it under them: the idle check asks
  // again, since the list on screen stays older than the scan, and the news lands once the panel is closed.
  if (busy || ui.list.querySelector('.more-toggle[aria-expanded="true"]')) return;
  try {
    const list = /** @type {ReferralList} */ (await callApi("/api/referrals"));
    meetings = await fetchMeetings(meetings);
    showList(list.referrals, list.lastScanAt);
    showIdle(ui, list.lastScanAt ? `Last checked ${formatDateTime(list.lastScanAt)}` : "");
    await Promise.all([refreshIntroductions(), refreshSources()]);
  } catch {
    // The next scan or poll tries again.
  }
}

/**
 * Switches between the follow-up list and the Sources view; the chosen view's heading takes focus.
 * @param {"followups" | "sources"} view
 */
function showView(view) {
  const sources = view === "sources";
  ui.viewFollowups.setAttribute("aria-pressed", String(!sources));
  ui.viewSources.setAttribute("aria-pressed", String(sources));
  ui.followupsView.hidden = sources;
  ui.sourcesView.hidden = !sources;
  if (sources) refreshSources().then(() => ui.sourcesView.querySelector("h2")?.focus());
}

/** The Sources view (GET /api/sources), only while it is shown. */
async function refreshSources() {
  if (ui.sourcesView.hidden) return;
  const memory = rememberFocus(ui.sourcesView);
  await showSources(ui.sourcesView, { reference, draftEnv: draftEnv(ui.sourcesView) });
  restoreFocus(ui.sourcesView, memory);
}

/**
 * Opens or closes the empty "Add a referral" form below the list.
 * @param {boolean} open
 */
function toggleAddForm(open) {
  ui.addReferral.setAttribute("aria-expanded", String(open));
  ui.addForm.hidden = !open;
  if (!open) {
    ui.addForm.replaceChildren();
    return;
  }
  const form = referralForm({
    reference,
    onTracked: async (referral) => {
      toggleAddForm(false);
      await afterChange(`Now tracking ${referral.prospect.name}.`, { region: ui.list, referralId: referral.id });
    },
    onCancel: () => {
      toggleAddForm(false);
      ui.addReferral.focus();
    },
    onShowExisting: (id) => focusCard(ui.list, id),
  });
  ui.addForm.replaceChildren(form);
  form.querySelector("input")?.focus();
}
