namespace OutlookReferral.Core;

/// <summary>An attendee of a meeting and their answer to the invitation (Graph's responseStatus.response).</summary>
public sealed record Attendee(string Address, string Name, string Response)
{
    public bool Declined => Response.Equals("declined", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A calendar event as the detectors see it: plain data, times in UTC, addresses lower-cased.</summary>
public sealed record MeetingItem(
    string EventId,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsAllDay,
    bool IsCancelled,
    bool IsOrganizer,
    string OrganizerAddress,
    IReadOnlyList<Attendee> Attendees,
    string? JoinUrl)
{
    /// <summary>A Teams meeting the rep organised: the only kind Graph keeps attendance reports for.</summary>
    public bool HasAttendanceReports => IsOrganizer && !string.IsNullOrEmpty(JoinUrl);

    public bool Involves(string address) =>
        Attendees.Any(a => a.Address.Equals(address, StringComparison.OrdinalIgnoreCase))
        || OrganizerAddress.Equals(address, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Who joined a Teams meeting, from its attendance records.</summary>
public sealed record AttendanceRecord(string? Address, string? DisplayName);

/// <summary>What we know about attendance at one meeting.</summary>
public abstract record AttendanceEvidence
{
    /// <summary>Who joined this meeting's own session(s): the reports whose session times fall on this occurrence.</summary>
    public sealed record Report(IReadOnlyList<AttendanceRecord> Records) : AttendanceEvidence;

    /// <summary>No report yet for a meeting that should have one; reports appear some time after the meeting.</summary>
    public sealed record Pending(DateTimeOffset FirstCheckedAt) : AttendanceEvidence;

    /// <summary>No report can exist: another provider, or someone else organised it.</summary>
    public sealed record Unavailable : AttendanceEvidence;

    /// <summary>Graph refused to tell (403, 404): the meeting stays unconfirmed, with the reason in plain words.</summary>
    public sealed record Unreadable(string Reason) : AttendanceEvidence;
}

/// <summary>How a meeting with a prospect went, as far as the evidence says.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KebabEnumConverter<MeetingOutcome>))]
public enum MeetingOutcome { Upcoming, Cancelled, Declined, Attended, NoShow, AwaitingReport, Unconfirmed }

/// <summary>
/// One meeting with a referral's prospect and its outcome. Evidence: "attendance-report" or "rep".
/// Note: what the rep should know, in plain words, when a meeting stays unclear: who joined instead,
/// or why Microsoft 365 would not share its attendance.
/// </summary>
public sealed record MeetingVerdict(MeetingItem Meeting, MeetingOutcome Outcome, string? Evidence, string? Note = null)
{
    public const string FromReport = "attendance-report";
    public const string FromRep = "rep";
}

/// <summary>The rep's own word on a meeting nothing else can settle.</summary>
public enum Settlement { NoShow, Met }
