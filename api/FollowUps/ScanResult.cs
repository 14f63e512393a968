using OutlookReferral.Introductions;
using OutlookReferral.Meetings;

namespace OutlookReferral.FollowUps;

/// <summary>What one scan of one rep's mailbox found.</summary>
public sealed record ScanResult(
    RepProfile Rep,
    IReadOnlyList<(TrackedReferral Referral, FollowUpStatus Status)> Referrals,
    IReadOnlyList<IntroductionCandidate> Introductions,
    IReadOnlyDictionary<string, AttendanceEvidence> Attendance,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int GraphRequests,
    int MessagesRead)
{
    /// <summary>Each referral's story messages (the timeline), by referral id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StoryMessage>> Stories { get; init; } =
        new Dictionary<string, IReadOnlyList<StoryMessage>>();

    /// <summary>The rep's calendar as this scan left it, with its delta link: the next scan's starting point.</summary>
    public CalendarSnapshot? Calendar { get; init; }

    /// <summary>
    /// The range of the calendar this scan looked for meetings in: a stored meeting of a scanned referral that starts in
    /// it and was not found again is gone from the calendar. Null when the scan read no calendar.
    /// </summary>
    public (DateTimeOffset From, DateTimeOffset To)? MeetingRange { get; init; }
}
