namespace OutlookReferral.Bench.Hosting;

/// <summary>A clock that stands still unless moved: every scan of a row sees the same window.</summary>
public sealed class StillTime(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public void Advance(TimeSpan by) => now += by;

    public override DateTimeOffset GetUtcNow() => now;
}
