namespace OutlookReferral.Core;

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
