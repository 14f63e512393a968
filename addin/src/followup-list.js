// @ts-check
// Renders the follow-up list: missed meetings first, then gone-quiet prospects, then the rest grouped by state.
import { element } from "./dom.js";
import { referralCard } from "./referral-card.js";

/** @typedef {import("../types/api").Referral} Referral */

/**
 * The sections, in the order the rep works through them. The API already sorts within a state
 * (most silent first), so cards keep the API's order inside each section.
 */
export const SECTIONS = [
  { key: "no-show", title: "Missed a meeting" },
  { key: "quiet", title: "Gone quiet" },
  { key: "replied", title: "Needs your reply" },
  { key: "new", title: "Not contacted yet" },
  { key: "waiting", title: "Waiting" },
  { key: "paused", title: "Out of office" },
  { key: "unscanned", title: "Not checked yet" },
  { key: "closed", title: "Closed" },
];

/**
 * Fills the container with the follow-up list, or with the empty state when there is nothing to show.
 * @param {HTMLElement} container Where the list goes; its old content is replaced.
 * @param {Referral[]} referrals Referrals as GET /api/referrals returns them.
 * @param {{ reference?: Date, actionsFor?: (referral: Referral) => Node[], notesFor?: (referral: Referral) => Node[], firstRun?: Node[] }} [options]
 *   reference: the moment the list was computed (dates show a year only when it differs);
 *   actionsFor: the controls for one card (Draft, More); notesFor: lines about its meetings;
 *   firstRun: controls for the empty state (track the open message).
 */
export function renderFollowUps(container, referrals, { reference = new Date(), actionsFor = () => [], notesFor = () => [], firstRun = [] } = {}) {
  if (referrals.length === 0) {
    container.replaceChildren(emptyState(firstRun));
    return;
  }
  // Not Map.groupBy: older Safari (Outlook on Mac) lacks it.
  /** @type {Map<string, Referral[]>} */
  const groups = new Map();
  for (const r of referrals) {
    const key = r.state ?? "unscanned";
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const sections = SECTIONS
    .filter((s) => groups.has(s.key))
    .map((s) => section(s, groups.get(s.key) ?? [], { reference, actions: actionsFor, notes: notesFor }));
  container.replaceChildren(...sections);
}

/**
 * One titled section with its count and list of cards.
 * @param {{ key: string, title: string }} definition
 * @param {Referral[]} referrals
 * @param {{ reference: Date, actions: (referral: Referral) => Node[], notes: (referral: Referral) => Node[] }} card
 * @returns {HTMLElement}
 */
function section({ key, title }, referrals, card) {
  const heading = element("h2", "section-title");
  heading.id = `section-${key}-title`;
  heading.append(title, " ", element("span", "count", String(referrals.length)));
  const list = element("ul", "cards");
  list.append(...referrals.map((r) => referralCard(r, { reference: card.reference, actions: card.actions(r), notes: card.notes(r) })));
  const node = element("section", "followup-section");
  node.id = `section-${key}`;
  node.setAttribute("aria-labelledby", heading.id);
  node.append(heading, list);
  return node;
}

/**
 * What the rep sees when no referral is tracked yet: what the pane does, in two lines, and a way to start.
 * @param {Node[]} actions
 * @returns {HTMLElement}
 */
function emptyState(actions) {
  const node = element("section", "empty-state");
  node.setAttribute("aria-labelledby", "empty-title");
  const title = element("h2", "", "No referrals tracked yet");
  title.id = "empty-title";
  node.append(
    title,
    element("p", "", "This pane reads your mail for introductions, then tells you who has gone quiet and which note to send next."),
    element("p", "", "When a contact introduces you to a prospect, track that referral and it shows up here."),
    ...actions,
  );
  return node;
}
