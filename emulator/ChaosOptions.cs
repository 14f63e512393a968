namespace OutlookReferral.Emulator;

/// <summary>
/// The emulator's fault mode (<c>Demo:Chaos</c>), after Dev Proxy's random-error plugin: a share of requests
/// fails the way a busy Microsoft Graph fails, so the product is tried against it.
/// </summary>
public sealed class ChaosOptions
{
    /// <summary>Share of requests that fail, 0 (never) to 1 (always).</summary>
    public double FailureRate { get; set; }

    /// <summary>Seed of the fault sequence: the same seed fails the same requests of the same scan. None: a new sequence each run.</summary>
    public int? Seed { get; set; }

    /// <summary>Seconds in the Retry-After of a 429 or 503. Graph's throttled answers name a wait; 0 keeps tests fast.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>A page asking for more items than this ($top) may time out with 504 instead.</summary>
    public int LargePageSize { get; set; } = 100;

    /// <summary>The failures to mix, chosen evenly: 429, 503 and 504 (504 only for a large page; a small one gets a 503 instead).</summary>
    public int[] Faults { get; set; } = [429, 503, 504];

    public bool Enabled => FailureRate > 0;
}
