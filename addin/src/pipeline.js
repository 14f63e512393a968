// @ts-check
// The pipeline at a glance: a segmented bar of referrals per state above the list; a segment filters the list.
import { element } from "./dom.js";
import { SECTIONS } from "./followup-list.js";

/**
 * Fills the pipeline region: the bar (one button per state that has referrals, sized by its count), a sentence
 * that says the same in words, and, while filtered, what is shown and a way back to all.
 * @param {HTMLElement} region #pipeline
 * @param {import("../types/api").Referral[]} referrals Every referral, unfiltered.
 * @param {{ active: string | null, onFilter: (state: string | null) => void }} options
 *   active: the state the list is filtered to, or null; onFilter: called with a state, or null for all.
 */
export function renderPipeline(region, referrals, { active, onFilter }) {
  if (referrals.length === 0) {
    region.replaceChildren();
    region.hidden = true;
    return;
  }
  region.hidden = false;
  const counts = countByState(referrals);
  const shown = SECTIONS.filter((s) => counts.has(s.key));
  const heading = element("h2", "pipeline-title", "Pipeline");
  heading.id = "pipeline-title";
  const bar = element("div", "pipeline-bar");
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Show only one state");
  for (const { key, title } of shown) {
    const count = counts.get(key);
    const segment = element("button", `pipeline-segment segment-${key}`);
    segment.type = "button";
    segment.dataset.state = key;
    segment.setAttribute("aria-pressed", String(active === key));
    // The visible count leads the name (WCAG 2.5.3); the state's words follow for screen readers.
    segment.append(element("span", "segment-count", String(count)), element("span", "visually-hidden", ` ${title.toLowerCase()}`));
    segment.title = `${title}: ${count}`;
    // Width by count, through CSSOM: the pane's Content-Security-Policy allows no style attributes.
    segment.style.setProperty("flex-grow", String(count));
    segment.addEventListener("click", () => onFilter(active === key ? null : key));
    bar.append(segment);
  }
  const summary = element("p", "pipeline-summary", describe(referrals.length, shown, counts));
  summary.id = "pipeline-summary";
  bar.setAttribute("aria-describedby", summary.id);
  region.replaceChildren(heading, bar, summary);
  if (active && counts.has(active)) {
    const filter = element("p", "pipeline-filter");
    const all = element("button", "button button-subtle pipeline-all", "Show all");
    all.type = "button";
    all.addEventListener("click", () => onFilter(null));
    filter.append(`Showing only: ${SECTIONS.find((s) => s.key === active)?.title ?? active}. `, all);
    region.append(filter);
  }
}

/**
 * The bar in words: "9 referrals: 2 gone quiet, 1 needs your reply, …".
 * @param {number} total
 * @param {{ key: string, title: string }[]} shown
 * @param {Map<string, number>} counts
 * @returns {string}
 */
export function describe(total, shown, counts) {
  const parts = shown.map((s) => `${counts.get(s.key)} ${s.title.toLowerCase()}`);
  return `${total} ${total === 1 ? "referral" : "referrals"}: ${parts.join(", ")}.`;
}

/**
 * @param {import("../types/api").Referral[]} referrals
 * @returns {Map<string, number>} State (or "unscanned") to count.
 */
function countByState(referrals) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const r of referrals) {
    const key = r.state ?? "unscanned";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
