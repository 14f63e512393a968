// @ts-check
// The Sources view: everyone who has referred the rep, how their introductions are going, and who is owed an update.
import { ApiError, callApi } from "./api.js";
import { element } from "./dom.js";
import { draftButton } from "./draft-button.js";
import { firstName, formatDate } from "./labels.js";
import { messageOf } from "./pane-status.js";

/**
 * @typedef {import("../types/api").SourceSummary} SourceSummary
 * @typedef {import("../types/api").SourceReferral} SourceReferral
 * @typedef {{ reference: Date, draftEnv: import("./draft-button.js").DraftEnv }} SourcesEnv
 */

/**
 * The standings the API counts, in the order and words the view shows them.
 * @type {[SourceReferral["standing"], string][]}
 */
const STANDINGS = [
  ["met", "met"], ["in-touch", "in touch"], ["quiet", "gone quiet"], ["no-show", "no-show"],
  ["not-contacted", "not contacted yet"], ["closed", "closed"],
];

/**
 * Loads GET /api/sources and fills the view. Sources owed an update come first, as the API sorts them.
 * @param {HTMLElement} region #sources
 * @param {SourcesEnv} env
 * @returns {Promise<void>}
 */
export async function showSources(region, env) {
  region.setAttribute("aria-busy", "true");
  try {
    const { sources } = /** @type {import("../types/api").SourcesResponse} */ (await callApi("/api/sources"));
    renderSources(region, sources, env);
  } catch (error) {
    region.replaceChildren(element("p", "field-error", `We couldn't load your sources. ${error instanceof ApiError ? error.title : messageOf(error)}`));
  } finally {
    region.removeAttribute("aria-busy");
  }
}

/**
 * @param {HTMLElement} region
 * @param {SourceSummary[]} sources As GET /api/sources returns them.
 * @param {SourcesEnv} env
 */
export function renderSources(region, sources, env) {
  const heading = element("h2", "section-title", "Sources");
  heading.id = "sources-title";
  heading.tabIndex = -1;
  const intro = element("p", "sources-intro", sources.length
    ? "Keep the people who refer you in the loop: tell them when you meet, and thank them."
    : "Nobody has introduced you to a prospect yet. Sources appear here once you track a referral.");
  const list = element("ul", "cards source-list");
  list.append(...sources.map((s) => sourceCard(s, env)));
  region.replaceChildren(heading, intro, list);
}

/**
 * One source: introductions, how they stand, when the source last heard, and a draft per prospect owed an update.
 * @param {SourceSummary} s
 * @param {SourcesEnv} env
 * @returns {HTMLElement}
 */
function sourceCard(s, env) {
  const card = element("li", "card source-card");
  card.dataset.owed = String(s.owedUpdates > 0);
  const count = `${s.introductions} ${s.introductions === 1 ? "introduction" : "introductions"}`;
  const standings = STANDINGS.filter(([key]) => s.counts[key] > 0).map(([key, words]) => `${s.counts[key]} ${words}`);
  card.append(
    element("h3", "card-name", s.source.name),
    element("p", "card-source", `${count}: ${standings.join(", ")}`),
    element("p", "card-detail", s.lastUpdateAt
      ? `Last heard from you about them ${formatDate(s.lastUpdateAt, env.reference)}`
      : "Hasn't heard from you about them yet"),
  );
  if (s.owedUpdates > 0) {
    card.append(element("p", "badge badge-warn", s.owedUpdates === 1 ? "Owed an update" : `Owed ${s.owedUpdates} updates`));
  }
  const people = element("ul", "source-referrals");
  people.append(...s.referrals.map((r) => referralLine(r, s.source, env)));
  card.append(people);
  return card;
}

/**
 * A prospect this source introduced; when owed, the one-click draft (update, or thank-you after a meeting held).
 * The line is a .card of its own so the Draft button reports in its feedback, as on the list.
 * @param {SourceReferral} r
 * @param {import("../types/api").Party} source
 * @param {SourcesEnv} env
 * @returns {HTMLElement}
 */
function referralLine(r, source, env) {
  const line = element("li", "card source-referral");
  line.dataset.referralId = r.id;
  const standing = STANDINGS.find(([key]) => key === r.standing)?.[1] ?? r.standing;
  line.append(element("p", "source-prospect", `${r.prospect.name}: ${standing}`));
  if (r.suggested) {
    const why = r.suggested === "thank-source" ? "You met" : `${firstName(r.prospect.name)} answered`;
    const when = r.newsAt ? ` ${formatDate(r.newsAt, env.reference)}` : "";
    line.append(element("p", "card-detail", `${why}${when}; ${firstName(source.name)} hasn't heard since.`));
    const bar = element("div", "card-actions");
    const referral = { id: r.id, prospect: r.prospect, source };
    const control = draftButton(referral, r.suggested, env.draftEnv);
    control.setAttribute("aria-label", `${control.textContent} about ${r.prospect.name}`);
    bar.append(control);
    line.append(bar);
  }
  const feedback = element("div", "card-feedback");
  feedback.setAttribute("role", "status");
  line.append(feedback);
  return line;
}
