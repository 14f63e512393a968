namespace OutlookReferral.FollowUps;

/// <summary>How often each rep is scanned in the background, how many scans one instance runs at once, and who is scanned.</summary>
public sealed class ScanOptions
{
    /// <summary>Minutes between background scans of each rep (fractions allowed); 0 or less turns them off.</summary>
    public double IntervalMinutes { get; set; } = 15;

    /// <summary>Reps not seen for longer than this are no longer scanned in the background.</summary>
    public int ForgetRepsAfterDays { get; set; } = 30;

    /// <summary>Background scans one instance runs at the same time (Quartz's thread pool).</summary>
    public int MaxParallel { get; set; } = 4;

    /// <summary>How often the roster of reps (who joins, who is forgotten) is brought up to date, in seconds.</summary>
    public double RosterSeconds { get; set; } = 60;

    /// <summary>How often an instance checks in with the cluster; an instance silent for about three times this is taken over.</summary>
    public double CheckinSeconds { get; set; } = 7.5;

    /// <summary>
    /// How much mail one instance keeps in memory between a rep's scans, in messages (<see cref="MailWindowCache"/>):
    /// a rep whose window is held rescans with nothing changed without reading its stored mail. A rep with 2,000
    /// messages weighs about 2,800 held whole and 800 compact, about 1.1 KiB per unit; 0 holds none.
    /// </summary>
    public int WindowCacheWeight { get; set; } = MailWindowCache.DefaultMaxWeight;

    public TimeSpan Interval => TimeSpan.FromMinutes(IntervalMinutes);
}
