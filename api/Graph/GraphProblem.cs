namespace OutlookReferral.Graph;

/// <summary>What Graph answered when a call failed: its status, error code and message, and how long it asked us to wait.</summary>
public sealed record GraphProblem(int Status, string Code, string Message, TimeSpan? RetryAfter)
{
    /// <summary>Throttled, unavailable or timed out: Graph is busy, and asking again later is the cure.</summary>
    public bool IsBusy => Status is 429 or 503 or 504;

    /// <summary>"503 ServiceNotAvailable: The service is temporarily unavailable."</summary>
    public override string ToString() => $"{Status} {Code}: {Message}".Trim().TrimEnd(':');
}
