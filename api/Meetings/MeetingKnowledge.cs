namespace OutlookReferral.Meetings;

/// <summary>
/// What earlier scans and the rep already settled about meetings, so a scan reads an attendance
/// report once and never asks Graph again about a meeting whose outcome is known.
/// </summary>
public sealed record MeetingKnowledge(
    IReadOnlyDictionary<string, AttendanceEvidence> Attendance,
    IReadOnlyDictionary<(string EventId, string ReferralId), Settlement> Settlements)
{
    public static readonly MeetingKnowledge None = new(new Dictionary<string, AttendanceEvidence>(), new Dictionary<(string, string), Settlement>());

    /// <summary>Whether Graph still needs asking about this meeting's attendance.</summary>
    public bool NeedsAttendance(MeetingItem meeting, DateTimeOffset now) =>
        meeting.HasAttendanceReports && meeting.End <= now && !meeting.IsCancelled
        && Attendance.GetValueOrDefault(meeting.EventId) switch
        {
            AttendanceEvidence.Report or AttendanceEvidence.Unavailable => false,
            // Reports appear some time after the meeting: keep looking for a day, then let the rep settle it.
            AttendanceEvidence.Pending => now - meeting.End < NoShowDetector.ReportGrace,
            _ => true,
        };
}
