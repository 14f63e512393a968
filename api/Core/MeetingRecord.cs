namespace OutlookReferral.Core;

/// <summary>A meeting with a referred prospect as stored: the list is instant, and evidence is read from Graph once.</summary>
public sealed class MeetingRecord
{
    public string EventId { get; init; } = "";
    public string ReferralId { get; init; } = "";
    public string Subject { get; init; } = "";
    public DateTimeOffset StartAt { get; init; }
    public DateTimeOffset EndAt { get; init; }
    public string Outcome { get; init; } = "";
    public string? Evidence { get; init; }
    public string? Attendance { get; init; }
    public string? AttendanceRecords { get; init; }
    public DateTimeOffset? FirstCheckedAt { get; init; }
    public string? Settlement { get; init; }
    public string? Note { get; init; }
}
