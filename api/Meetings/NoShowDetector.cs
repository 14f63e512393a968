
namespace OutlookReferral.Meetings;

/// <summary>
/// Decides whether a prospect missed a meeting, from evidence rather than guesses. Pure: the meeting,
/// the attendance evidence, the rep's own word and <c>now</c> in; an outcome out.
/// </summary>
public static class NoShowDetector
{
    /// <summary>How long after a meeting we keep looking for its attendance report before asking the rep.</summary>
    public static readonly TimeSpan ReportGrace = TimeSpan.FromHours(24);

    /// <summary>The meetings worth a verdict: with the prospect, not all-day.</summary>
    public static IEnumerable<MeetingItem> With(IEnumerable<MeetingItem> meetings, Party prospect) =>
        meetings.Where(m => !m.IsAllDay && m.Involves(prospect.Address));

    /// <param name="evidence">Attendance at this meeting's own session (one occurrence of a series, the rescheduled time).</param>
    /// <param name="tracked">Everyone the rep tracks, for records that carry only a name; the prospect alone unless given.</param>
    public static MeetingVerdict Judge(
        MeetingItem meeting, Party prospect, AttendanceEvidence? evidence, Settlement? settlement, DateTimeOffset now, IReadOnlyCollection<Party>? tracked = null)
    {
        if (meeting.IsCancelled)
        {
            return new(meeting, MeetingOutcome.Cancelled, null);
        }
        if (meeting.Attendees.Any(a => a.Declined && a.Address.Equals(prospect.Address, StringComparison.OrdinalIgnoreCase)))
        {
            return new(meeting, MeetingOutcome.Declined, null);
        }
        if (meeting.End > now)
        {
            return new(meeting, MeetingOutcome.Upcoming, null);
        }
        if (settlement is { } word)
        {
            return new(meeting, word == Settlement.NoShow ? MeetingOutcome.NoShow : MeetingOutcome.Attended, MeetingVerdict.FromRep);
        }
        return evidence switch
        {
            AttendanceEvidence.Report report => FromRecords(meeting, AttendanceMatcher.Assess(report.Records, prospect, tracked ?? [prospect])),
            AttendanceEvidence.Pending when now - meeting.End < ReportGrace => new(meeting, MeetingOutcome.AwaitingReport, null),
            AttendanceEvidence.Unreadable unreadable => new(meeting, MeetingOutcome.Unconfirmed, null, unreadable.Reason),
            _ => new(meeting, MeetingOutcome.Unconfirmed, null),
        };
    }

    private static MeetingVerdict FromRecords(MeetingItem meeting, AttendanceMatcher.Finding finding) =>
        new(meeting, finding.Outcome, MeetingVerdict.FromReport, finding.Note);
}
