namespace OutlookReferral.Core;

public sealed record Party(string Name, string Address);

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

/// <summary>The rep whose mailbox is read: every address that is "me".</summary>
public sealed record RepProfile(string UserId, string DisplayName, IReadOnlySet<string> Addresses)
{
    public static RepProfile Create(string userId, string displayName, IEnumerable<string?> addresses) =>
        new(userId, displayName, addresses.Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(Address.Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase));

    public string PrimaryAddress => Addresses.FirstOrDefault() ?? "";

    public bool Owns(string address) => Addresses.Contains(address);

    /// <summary>The mailbox's time zone (Windows id, as Graph's mailboxSettings gives it), when known.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The rep's calendar: <see cref="TimeZone"/> when the machine knows it, else UTC.</summary>
    public TimeZoneInfo Zone =>
        TimeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}

/// <summary>The last message the rep sent the prospect.</summary>
public sealed record Touch(string MessageId, string ConversationId, string Subject, DateTimeOffset At);

/// <summary>The outcome of detection for one referral at one moment.</summary>
public sealed record FollowUpStatus(
    ReferralState State,
    int? SilentDays,
    CadenceStep? NextStep,
    DateOnly? PausedUntil,
    Touch? LastTouch,
    DateTimeOffset? LastAnswerAt,
    DateTimeOffset? NextStepDueAt,
    int TouchCount)
{
    /// <summary>The newest message with the prospect in it, either way: the thread a follow-up replies in.</summary>
    public Touch? LatestThread { get; init; }

    /// <summary>The cadence step that comes next, due or not; <see cref="NextStep"/> is it once due.</summary>
    public CadenceStep? UpcomingStep { get; init; }

    /// <summary>Meetings with the prospect and how each went (no-show detection).</summary>
    public IReadOnlyList<MeetingVerdict> Meetings { get; init; } = [];

    /// <summary>When the rep first wrote to the prospect; the ask-source note says how long they have tried.</summary>
    public DateTimeOffset? FirstTouchAt { get; init; }
}
