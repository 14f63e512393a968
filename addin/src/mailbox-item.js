// @ts-check
// The message open in Outlook: read it for the API, follow the selection in a pinned pane, open a draft.

/**
 * What GET /api/context needs from the open message.
 * itemId is Outlook's own (an EWS id on desktop and web); restId is Graph's form of it, null when this Outlook cannot convert.
 * @typedef {{ itemId: string, restId: string | null, conversationId: string, from: string | null, to: string[],
 *   cc: string[], subject: string }} OpenItem
 */

/** Office.EventType.ItemChanged's value, for hosts whose Office global lacks the enum. */
const ITEM_CHANGED = "olkItemSelectedChanged";

/**
 * Reads the open item in read mode. Null when nothing is selected (a pinned pane between messages)
 * or when the item is being composed: it has no id yet and its recipients are only reachable asynchronously.
 * @param {Office.Mailbox} mailbox Office.context.mailbox.
 * @returns {OpenItem | null}
 */
export function readOpenItem(mailbox) {
  const item = mailbox?.item;
  if (!item || typeof item.itemId !== "string" || !item.itemId) return null;
  /** @type {(list: unknown) => string[]} */
  const people = (list) => (Array.isArray(list) ? list.map(person).filter((p) => p !== null) : []);
  return {
    itemId: item.itemId,
    restId: restIdOf(mailbox, item.itemId),
    conversationId: typeof item.conversationId === "string" ? item.conversationId : "",
    from: person(item.from),
    to: people(item.to),
    cc: people(item.cc),
    subject: typeof item.subject === "string" ? item.subject : "",
  };
}

/**
 * Calls onChange with the newly selected item (or null) whenever the rep selects another message.
 * Office.js calls the handler without the item, so it is read again each time.
 * @param {Office.Mailbox} mailbox Office.context.mailbox.
 * @param {(item: OpenItem | null) => void} onChange
 */
export function followSelectedItem(mailbox, onChange) {
  if (typeof mailbox?.addHandlerAsync !== "function") return;
  const type = window.Office?.EventType?.ItemChanged ?? ITEM_CHANGED;
  mailbox.addHandlerAsync(type, () => onChange(readOpenItem(mailbox)));
}

/**
 * Opens a saved draft in Outlook's own form.
 * @param {Office.Mailbox} mailbox Office.context.mailbox.
 * @param {string} ewsId The draft's EWS id, as the API returns it.
 * @returns {boolean} False when this Outlook cannot open it (mobile has no displayMessageForm).
 */
export function openDraftInOutlook(mailbox, ewsId) {
  if (typeof mailbox?.displayMessageForm !== "function") return false;
  try {
    mailbox.displayMessageForm(ewsId);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Name <address>" as the API reads it. A name holding quotes or angle brackets cannot be written in that
 * form, so those characters are dropped from it; no name at all sends the bare address.
 * @param {{ displayName?: string, emailAddress?: string } | null | undefined} p
 * @returns {string | null}
 */
function person(p) {
  const address = (p?.emailAddress ?? "").trim();
  if (!address) return null;
  const name = (p?.displayName ?? "").replace(/["<>]/g, "").trim();
  return name && name.toLowerCase() !== address.toLowerCase() ? `${name} <${address}>` : address;
}

/**
 * The id Graph knows the message by: Office.js gives an EWS id on desktop and web, which convertToRestId turns
 * into a REST id. Null when this Outlook cannot: the API then asks Graph (translateExchangeIds).
 * @param {Office.Mailbox} mailbox
 * @param {string} itemId
 * @returns {string | null}
 */
function restIdOf(mailbox, itemId) {
  if (typeof mailbox.convertToRestId !== "function") return null;
  try {
    return mailbox.convertToRestId(itemId, window.Office?.MailboxEnums?.RestVersion?.v2_0 ?? "v2.0") || null;
  } catch {
    return null;
  }
}
