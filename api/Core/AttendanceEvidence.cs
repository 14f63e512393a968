namespace OutlookReferral.Core;

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
