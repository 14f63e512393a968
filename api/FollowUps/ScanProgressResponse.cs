namespace OutlookReferral.FollowUps;

/// <summary>
/// Where a rep's scan is, as the pane polls it: folder, pages and messages read, and how much of the scan
/// window is covered. Pages come newest first, so the oldest date reached measures progress without asking
/// Graph for a count. The first scan of a rep (none stored yet) gets a real bar; rescans a quiet indicator.
/// </summary>
public sealed record ScanProgressResponse(
    bool Running, bool FirstScan, string? Folder, int Pages, int MessagesRead, double? Fraction, DateTimeOffset? StartedAt)
{
    /// <summary>When the rep's last scan finished, whoever started it.</summary>
    public DateTimeOffset? LastScanAt { get; init; }
}
