namespace OutlookReferral.Core;

/// <summary>Who joined a Teams meeting, from its attendance records.</summary>
public sealed record AttendanceRecord(string? Address, string? DisplayName);
