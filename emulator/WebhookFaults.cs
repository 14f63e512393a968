namespace OutlookReferral.Emulator;

/// <summary>
/// How unreliable the emulator's change notifications are. Graph delivers at least once, not exactly once, and
/// without an order or a latency promise (https://learn.microsoft.com/en-us/graph/change-notifications-overview,
/// "Latency"; delivery-webhooks.md, "Receive notifications"): a receiver that breaks on a duplicate or a late
/// notification breaks here too.
/// </summary>
public sealed class WebhookFaults
{
    /// <summary>Share of notifications sent twice.</summary>
    public double DuplicateRate { get; init; } = 0.2;

    /// <summary>Longest wait before a notification goes out; each waits a random part of it.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Tries per notification while the receiver fails or is slow.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>Wait before the n-th resend, times n.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The same faults for the same run; none: new ones each run.</summary>
    public int? Seed { get; init; }

    internal TimeSpan NextDelay(Random random)
    {
        lock (random)
        {
            return MaxDelay * random.NextDouble();
        }
    }

    internal bool Duplicate(Random random)
    {
        lock (random)
        {
            return random.NextDouble() < DuplicateRate;
        }
    }
}
