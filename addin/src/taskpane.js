// Wires the task pane: the rep and the stored list at once, then a fresh mailbox scan; Refresh and Retry.
import { callApi } from "./api.js";
import { renderFollowUps } from "./followup-list.js";
import { formatDateTime } from "./labels.js";
import { connectToHost } from "./office-host.js";

/** The page's fixed elements. */
const ui = {
  rep: document.getElementById("rep"),
  refresh: document.getElementById("refresh"),
  status: document.getElementById("status"),
  statusText: document.getElementById("status-text"),
  problem: document.getElementById("problem"),
  list: document.getElementById("followups"),
};

/** True while a load or scan runs; controls stay focusable but do nothing. */
let busy = false;

/** True once the rep and the stored list have loaded; until then Refresh loads them again. */
let loaded = false;

/**
 * Office.onReady, or browser mode when there is no Office. The list needs no Office API, so it
 * loads without waiting for this; features that read the open message (message context) will await it.
 */
const hostReady = connectToHost().then((host) => {
  document.documentElement.dataset.host = host.mode;
  return host;
});

ui.refresh.addEventListener("click", () => (loaded ? scan() : load()));
load();

/**
 * Shows the rep and the stored list straight away, then checks the mailbox for news.
 * @returns {Promise<void>}
 */
async function load() {
  if (busy) return;
  setBusy("Loading your follow-ups…");
  let list;
  try {
    const [me, stored] = await Promise.all([callApi("/api/me"), callApi("/api/referrals")]);
    showRep(me);
    list = stored;
  } catch (error) {
    ui.list.replaceChildren();
    setIdle("");
    showProblem("We couldn't load your follow-ups", error, load);
    return;
  }
  loaded = true;
  showList(list.referrals, list.lastScanAt);
  clearProblem();
  setIdle(list.lastScanAt ? `Last checked ${formatDateTime(list.lastScanAt)}` : "");
  await scan();
}

/**
 * Reads the mailbox now (POST /api/scan) and shows the refreshed list.
 * @returns {Promise<void>}
 */
async function scan() {
  if (busy) return;
  setBusy("Checking your mailbox…");
  try {
    const result = await callApi("/api/scan", { method: "POST" });
    showList(result.referrals, result.scannedAt);
    clearProblem();
    setIdle(`Last checked ${formatDateTime(result.scannedAt)}`);
  } catch (error) {
    setIdle("Showing your list from the last check.");
    showProblem("We couldn't check your mailbox", error, scan);
  }
}

/**
 * Renders the list; dates are read against the moment the list was computed.
 * @param {object[]} referrals
 * @param {string | null} computedAt
 */
function showList(referrals, computedAt) {
  renderFollowUps(ui.list, referrals, { reference: computedAt ? new Date(computedAt) : new Date() });
}

/**
 * Shows who the pane works for.
 * @param {{ displayName: string, demo: boolean }} me
 */
function showRep(me) {
  ui.rep.replaceChildren(me.displayName);
  if (me.demo) {
    const badge = document.createElement("span");
    badge.className = "demo-badge";
    badge.textContent = "Demo mailbox";
    ui.rep.append(" ", badge);
  }
}

/**
 * Enters the busy state: spinner, message in the status region, controls inert.
 * aria-disabled rather than disabled, so a keyboard user's focus stays on Refresh.
 * @param {string} message
 */
function setBusy(message) {
  busy = true;
  ui.status.classList.add("is-busy");
  ui.statusText.textContent = message;
  for (const control of document.querySelectorAll("#refresh, #problem button")) {
    control.setAttribute("aria-disabled", "true");
  }
}

/**
 * Leaves the busy state.
 * @param {string} message What the status line says now.
 */
function setIdle(message) {
  busy = false;
  ui.status.classList.remove("is-busy");
  ui.statusText.textContent = message;
  for (const control of document.querySelectorAll("#refresh, #problem button")) {
    control.removeAttribute("aria-disabled");
  }
}

/**
 * Shows a failure in words a rep understands, with a Retry button.
 * @param {string} heading What did not happen.
 * @param {Error & { title?: string, detail?: string }} error Usually an ApiError from api.js.
 * @param {() => Promise<void>} retry What Retry runs.
 */
function showProblem(heading, error, retry) {
  const hadFocus = ui.problem.contains(document.activeElement);
  const box = document.createElement("div");
  box.className = "notice notice-error";
  const title = document.createElement("h2");
  title.textContent = heading;
  const what = document.createElement("p");
  what.textContent = error.title ?? error.message;
  box.append(title, what);
  if (error.detail) {
    const detail = document.createElement("p");
    detail.textContent = error.detail;
    box.append(detail);
  }
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.textContent = "Retry";
  button.addEventListener("click", () => retry());
  box.append(button);
  ui.problem.replaceChildren(box);
  if (hadFocus) button.focus();
}

/** Removes the failure notice; focus that was on its Retry button moves to Refresh. */
function clearProblem() {
  const hadFocus = ui.problem.contains(document.activeElement);
  ui.problem.replaceChildren();
  if (hadFocus) ui.refresh.focus();
}
