namespace OutlookReferral.FollowUps;

/// <summary>How often the background scan runs, and for how long a rep who stopped opening the pane stays in it.</summary>
public sealed class ScanOptions
{
    /// <summary>Minutes between background scans of every rep; 0 turns them off.</summary>
    public int IntervalMinutes { get; set; } = 15;

    /// <summary>Reps not seen for longer than this are no longer scanned in the background.</summary>
    public int ForgetRepsAfterDays { get; set; } = 30;
}
