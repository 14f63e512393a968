using OutlookReferral.FollowUps;

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

    public static MeetingVerdict Judge(MeetingItem meeting, Party prospect, AttendanceEvidence? evidence, Settlement? settlement, DateTimeOffset now)
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
            AttendanceEvidence.Report report => new(meeting,
                report.Records.Any(r => IsProspect(r, prospect)) ? MeetingOutcome.Attended : MeetingOutcome.NoShow, MeetingVerdict.FromReport),
            AttendanceEvidence.Pending when now - meeting.End < ReportGrace => new(meeting, MeetingOutcome.AwaitingReport, null),
            AttendanceEvidence.Unreadable unreadable => new(meeting, MeetingOutcome.Unconfirmed, null, unreadable.Reason),
            _ => new(meeting, MeetingOutcome.Unconfirmed, null),
        };
    }

    // A late joiner has a record like anyone else; guests who joined by link may have a name and no address.
    private static bool IsProspect(AttendanceRecord record, Party prospect) =>
        !string.IsNullOrWhiteSpace(record.Address)
            ? record.Address.Trim().Equals(prospect.Address, StringComparison.OrdinalIgnoreCase)
            : !string.IsNullOrWhiteSpace(record.DisplayName)
              && record.DisplayName.Trim().Equals(prospect.Name.Trim(), StringComparison.OrdinalIgnoreCase);
}
