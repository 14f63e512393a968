// @ts-check
// Meeting times in the rep's own time zone, saying which zone ("Sat 21 Nov, 07:00 PST").

/**
 * The first candidate Intl understands as a time zone (an IANA id such as "America/Los_Angeles"), else the browser's.
 * Office's userProfile.timeZone may be a Windows name ("W. Europe Standard Time"): Intl refuses it, so it is skipped.
 * @param {...(string | null | undefined)} candidates In order of preference: the mailbox's, then Outlook's.
 * @returns {string}
 */
export function chooseTimeZone(...candidates) {
  for (const zone of candidates) {
    if (!zone) continue;
    try {
      return new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      // Not an IANA id: try the next one.
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A meeting's start as weekday, date, time and zone in the rep's locale: "Sat 21 Nov, 07:00 PST".
 * @param {string} iso An ISO timestamp from the API.
 * @param {string} timeZone An IANA id (see chooseTimeZone).
 * @returns {string}
 */
export function formatMeetingTime(iso, timeZone) {
  const date = new Date(iso);
  const when = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit", timeZone,
  }).format(date);
  return `${when} ${zoneName(date, timeZone)}`;
}

/**
 * A meeting's day alone ("2 Dec"), in the rep's time zone.
 * @param {string} iso
 * @param {string} timeZone
 * @returns {string}
 */
export function formatMeetingDay(iso, timeZone) {
  return new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone }).format(new Date(iso));
}

/**
 * The zone's short name at that moment. Many locales only know "GMT-8" for Pacific time; US English knows
 * "PST"/"PDT", which reps recognise, so it is used when the rep's locale has no letters to offer.
 * @param {Date} date
 * @param {string} timeZone
 * @returns {string}
 */
function zoneName(date, timeZone) {
  const name = (/** @type {string | undefined} */ locale) => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const local = name(undefined);
  return /^(GMT|UTC)[+-−]/.test(local) ? name("en-US") : local;
}
