// @ts-check
// Scan progress in the header: a real bar on a rep's first scan, a quiet line on rescans; background scans show too.
import { callApi } from "./api.js";
import { element } from "./dom.js";

/** How often the pane asks while a scan runs, and while idle (to notice the background service's scans). */
const RUNNING_POLL_MS = 500;
const IDLE_POLL_MS = 15000;

/**
 * Watches GET /api/scan/progress and shows it in `region`.
 * @param {HTMLElement} region #scan-progress
 * @param {{ onBackgroundScan: (lastScanAt: string) => void, lastScanAt: () => string | null }} options
 *   onBackgroundScan: a scan the pane did not start has finished (reload the list);
 *   lastScanAt: when the list on screen was computed.
 * @returns {{ watch: (scan: Promise<unknown>) => Promise<void>, stop: () => void }}
 *   watch: polls fast until the pane's own scan settles; stop: ends idle polling.
 */
export function scanProgress(region, { onBackgroundScan, lastScanAt }) {
  let timer = 0;
  let own = 0;
  let wasRunning = false;
  // Counts the pane's own scans as they end: an answer to a poll asked before one ended describes that scan, and
  // arrives too late to say anything about what runs now (the scan's end already scheduled the next poll).
  let ended = 0;

  const poll = async () => {
    clearTimeout(timer);
    const asked = ended;
    /** @type {import("../types/api").ScanProgress | null} */
    let progress;
    try {
      progress = /** @type {import("../types/api").ScanProgress} */ (await callApi("/api/scan/progress"));
    } catch {
      progress = null;
    }
    if (asked !== ended) return;
    if (progress?.running) {
      wasRunning = true;
      renderProgress(region, progress);
    } else {
      region.replaceChildren();
      region.hidden = true;
      const shown = lastScanAt();
      // The background service finished a scan: the list on screen is older than it.
      if (own === 0 && progress?.lastScanAt && (wasRunning || !shown || new Date(progress.lastScanAt) > new Date(shown))) {
        onBackgroundScan(progress.lastScanAt);
      }
      wasRunning = false;
    }
    timer = window.setTimeout(poll, progress?.running || own > 0 ? RUNNING_POLL_MS : IDLE_POLL_MS);
  };

  return {
    async watch(scan) {
      own += 1;
      poll();
      try {
        await scan;
      } finally {
        own -= 1;
        if (own === 0) {
          ended += 1;
          // What the fast polls saw running was this scan (or one it joined): its result is on screen,
          // so the idle check must not take it for a background scan and reload the list.
          wasRunning = false;
          region.replaceChildren();
          region.hidden = true;
          clearTimeout(timer);
          timer = window.setTimeout(poll, IDLE_POLL_MS);
        }
      }
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

/**
 * The first scan gets a determinate bar (the share of the scan window read); a rescan only a quiet line.
 * @param {HTMLElement} region
 * @param {{ firstScan: boolean, folder: string | null, pages: number, messagesRead: number, fraction: number | null }} p
 */
export function renderProgress(region, p) {
  region.hidden = false;
  const messages = new Intl.NumberFormat().format(p.messagesRead);
  const where = p.folder ? `Reading ${p.folder}: ${p.pages} ${p.pages === 1 ? "page" : "pages"}, ${messages} messages` : "Starting…";
  if (!p.firstScan) {
    region.className = "scan-progress scan-progress-quiet";
    region.replaceChildren(element("span", "scan-progress-text", where));
    return;
  }
  region.className = "scan-progress scan-progress-first";
  let bar = /** @type {HTMLProgressElement | null} */ (region.querySelector("progress"));
  let label = region.querySelector(".scan-progress-text");
  if (!bar || !label) {
    label = element("span", "scan-progress-text");
    label.id = "scan-progress-text";
    bar = element("progress", "scan-bar");
    bar.max = 1;
    bar.setAttribute("aria-labelledby", "scan-progress-title");
    bar.setAttribute("aria-describedby", label.id);
    const title = element("span", "scan-progress-title", "First look through your mailbox");
    title.id = "scan-progress-title";
    region.replaceChildren(title, bar, label);
  }
  bar.value = Math.max(0, Math.min(1, p.fraction ?? 0));
  label.textContent = `${Math.round(bar.value * 100)}% · ${where}`;
}
