// Renders the follow-up list: gone-quiet prospects first, then the rest grouped by state.
import { dayCount, firstName, formatDate, formatDay, nextStepLabel, outcomeLabel } from "./labels.js";

/**
 * The sections, in the order the rep works through them. The API already sorts within a state
 * (most silent first), so cards keep the API's order inside each section.
 */
const SECTIONS = [
  { key: "quiet", title: "Gone quiet" },
  { key: "no-show", title: "Missed a meeting" },
  { key: "replied", title: "Needs your reply" },
  { key: "new", title: "Not contacted yet" },
  { key: "waiting", title: "Waiting" },
  { key: "paused", title: "Out of office" },
  { key: "unscanned", title: "Not checked yet" },
  { key: "closed", title: "Closed" },
];

/**
 * A referral's summary for its card.
 * @typedef {{ badge: string, tone: "alert" | "good" | "info" | "warn" | "neutral", next: string | null,
 *   details: string[] }} CardSummary
 */

/**
 * Fills the container with the follow-up list, or with the empty state when there is nothing to show.
 * @param {HTMLElement} container Where the list goes; its old content is replaced.
 * @param {object[]} referrals Referrals as GET /api/referrals returns them.
 * @param {{ reference?: Date, actionsFor?: (referral: object) => Node[] }} [options]
 *   reference: the moment the list was computed (dates show a year only when it differs);
 *   actionsFor: buttons for one card (such as a later "Draft next step").
 */
export function renderFollowUps(container, referrals, { reference = new Date(), actionsFor = () => [] } = {}) {
  if (referrals.length === 0) {
    container.replaceChildren(emptyState());
    return;
  }
  // Not Map.groupBy: older Safari (Outlook on Mac) lacks it.
  const groups = new Map();
  for (const r of referrals) {
    const key = r.state ?? "unscanned";
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const sections = SECTIONS
    .filter((s) => groups.has(s.key))
    .map((s) => section(s, groups.get(s.key), reference, actionsFor));
  container.replaceChildren(...sections);
}

/**
 * One titled section with its count and list of cards.
 * @param {{ key: string, title: string }} definition
 * @param {object[]} referrals
 * @param {Date} reference
 * @param {(referral: object) => Node[]} actionsFor
 * @returns {HTMLElement}
 */
function section({ key, title }, referrals, reference, actionsFor) {
  const heading = element("h2", "section-title");
  heading.id = `section-${key}-title`;
  heading.append(title, " ", element("span", "count", String(referrals.length)));
  const list = element("ul", "cards");
  list.append(...referrals.map((r) => card(r, reference, actionsFor)));
  const node = element("section", "followup-section");
  node.id = `section-${key}`;
  node.setAttribute("aria-labelledby", heading.id);
  node.append(heading, list);
  return node;
}

/**
 * One referral's card.
 * @param {object} referral
 * @param {Date} reference
 * @param {(referral: object) => Node[]} actionsFor
 * @returns {HTMLLIElement}
 */
function card(referral, reference, actionsFor) {
  const summary = summarize(referral, reference);
  const item = element("li", "card");
  item.dataset.state = referral.state ?? "unscanned";
  item.dataset.referralId = referral.id;
  item.append(
    element("h3", "card-name", referral.prospect.name),
    element("p", "card-source", `Introduced by ${referral.source.name}`),
    element("p", `badge badge-${summary.tone}`, summary.badge),
  );
  if (summary.next) {
    const next = element("p", "card-next");
    next.append(element("span", "card-next-label", "Next step"), " ", element("strong", "", summary.next));
    item.append(next);
  }
  item.append(...summary.details.map((text) => element("p", "card-detail", text)));
  const actions = actionsFor(referral);
  if (actions.length > 0) {
    const bar = element("div", "card-actions");
    bar.append(...actions);
    item.append(bar);
  }
  return item;
}

/**
 * What a card says for the referral's state.
 * @param {object} r A referral.
 * @param {Date} reference
 * @returns {CardSummary}
 */
function summarize(r, reference) {
  const date = (iso) => formatDate(iso, reference);
  const step = nextStepLabel(r.nextStep, r.source.name);
  const lastNote = r.lastTouch ? [`Your last note, ${date(r.lastTouch.at)}: “${r.lastTouch.subject}”`] : [];
  const followUpOn = r.nextStepDueAt ? `Follow up from ${date(r.nextStepDueAt)}` : null;
  switch (r.state) {
    case "quiet":
      return { badge: `${dayCount(r.silentDays ?? 0)} silent`, tone: "alert", next: step ?? "Decide whether to close it", details: lastNote };
    case "no-show":
      return { badge: "Missed your meeting", tone: "alert", next: step, details: lastNote };
    case "replied":
      return {
        badge: r.lastAnswerAt ? `Replied ${date(r.lastAnswerAt)}` : "Replied",
        tone: "good", next: step ?? `Reply to ${firstName(r.prospect.name)}`, details: lastNote,
      };
    case "new":
      return { badge: `Introduced ${date(r.introducedAt)}`, tone: "info", next: step, details: [] };
    case "waiting":
      return { badge: `${dayCount(r.silentDays ?? 0)} since your note`, tone: "neutral", next: step ?? followUpOn, details: lastNote };
    case "paused":
      return {
        badge: r.pausedUntil ? `Out of office until ${formatDay(r.pausedUntil, reference)}` : "Out of office",
        tone: "warn", next: step ?? followUpOn, details: lastNote,
      };
    case "closed":
      return {
        badge: r.closedAt ? `Closed ${date(r.closedAt)}` : "Closed",
        tone: "neutral", next: null, details: r.closeOutcome ? [outcomeLabel(r.closeOutcome)] : [],
      };
    default:
      return { badge: "Not checked yet", tone: "neutral", next: null, details: [`Introduced ${date(r.introducedAt)}`] };
  }
}

/**
 * What the rep sees when no referral is tracked yet.
 * @returns {HTMLElement}
 */
function emptyState() {
  const node = element("section", "empty-state");
  node.setAttribute("aria-labelledby", "empty-title");
  const title = element("h2", "", "No referrals tracked yet");
  title.id = "empty-title";
  node.append(
    title,
    element("p", "", "When a contact introduces you to a prospect, track that referral and it shows up here."),
    element("p", "", "We check your mailbox and tell you who has gone quiet and which note to send next."),
  );
  return node;
}

/**
 * Creates an element with a class and, optionally, text (always as textContent).
 * @param {string} tag
 * @param {string} className
 * @param {string} [text]
 * @returns {HTMLElement}
 */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
