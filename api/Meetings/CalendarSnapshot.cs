namespace OutlookReferral.Meetings;

/// <summary>
/// The rep's timed calendar events in the kept range (<see cref="CalendarWindow"/>) as of the last sync, and the
/// delta link that tells what changed since. All-day events are not kept: no detector reads them.
/// </summary>
public sealed record CalendarSnapshot(CalendarWindow Window, string DeltaLink, IReadOnlyDictionary<string, MeetingItem> Events)
{
    /// <summary>What the sync that made this snapshot changed, so the store writes only that.</summary>
    public CalendarChanges Changes { get; init; } = CalendarChanges.Everything;

    /// <summary>
    /// The events overlapping [<paramref name="from"/>, <paramref name="to"/>), earliest first, as calendarView
    /// would list them: an event counts when any of it falls in the range, a zero-length one at its instant.
    /// </summary>
    public IEnumerable<MeetingItem> Between(DateTimeOffset from, DateTimeOffset to) =>
        Events.Values.Where(m => m.Start < to && (m.End > from || (m.Start == m.End && m.Start >= from)))
            .OrderBy(m => m.Start).ThenBy(m => m.EventId, StringComparer.Ordinal);
}
