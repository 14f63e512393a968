namespace OutlookReferral.Meetings;

/// <summary>One Teams session of an online meeting: an attendance report and the times it covers.</summary>
public sealed record AttendanceSession(string ReportId, DateTimeOffset Start, DateTimeOffset End);
