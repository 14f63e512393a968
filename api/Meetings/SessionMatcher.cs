namespace OutlookReferral.Meetings;

/// <summary>
/// Which sessions belong to which calendar occurrence. Every occurrence of a recurring series, and a meeting
/// moved to another time, keep one join URL, and Teams writes one report per session, each with its own
/// meetingStartDateTime and meetingEndDateTime
/// (https://learn.microsoft.com/en-us/graph/api/meetingattendancereport-list: "Each time an online meeting ends,
/// an attendance report is generated for that session"). Pure: times in, sessions out.
/// </summary>
public static class SessionMatcher
{
    /// <summary>People open a meeting a little before its time.</summary>
    public static readonly TimeSpan EarlyStart = TimeSpan.FromMinutes(30);

    /// <summary>And a good meeting runs over.</summary>
    public static readonly TimeSpan Overrun = TimeSpan.FromHours(2);

    /// <summary>
    /// The sessions of <paramref name="occurrence"/>: those overlapping its time widened by the tolerances,
    /// each given to the nearest occurrence when two of the same join URL could claim it.
    /// </summary>
    /// <param name="siblings">The calendar's occurrences sharing the join URL (the occurrence itself may be among them).</param>
    public static IReadOnlyList<AttendanceSession> For(MeetingItem occurrence, IEnumerable<AttendanceSession> sessions, IEnumerable<MeetingItem> siblings)
    {
        var rivals = siblings.Where(s => s.EventId != occurrence.EventId).ToList();
        return sessions
            .Where(s => Overlaps(s, occurrence))
            .Where(s => !rivals.Any(r => Overlaps(s, r) && Distance(s, r) < Distance(s, occurrence)))
            .ToList();
    }

    private static bool Overlaps(AttendanceSession session, MeetingItem occurrence) =>
        session.Start < occurrence.End + Overrun && session.End > occurrence.Start - EarlyStart;

    private static TimeSpan Distance(AttendanceSession session, MeetingItem occurrence) => (session.Start - occurrence.Start).Duration();
}
