namespace OutlookReferral.Core;

/// <summary>What the detectors need to know about one referral the rep tracks.</summary>
public sealed record TrackedReferral(
    string Id,
    Party Prospect,
    Party Source,
    DateTimeOffset IntroducedAt,
    bool IsClosed = false,
    DateTimeOffset? SnoozedUntil = null)
{
    /// <summary>The message the referral was tracked from, when known: the first entry of its timeline.</summary>
    public string? IntroductionMessageId { get; init; }
}
