namespace OutlookReferral.Core;

/// <summary>A referral as the API and the task pane see it. State is null until the first scan.</summary>
public sealed record ReferralResponse(
    string Id,
    PartyResponse Prospect,
    PartyResponse Source,
    DateTimeOffset IntroducedAt,
    ReferralState? State,
    int? SilentDays,
    CadenceStep? NextStep,
    DateTimeOffset? NextStepDueAt,
    DateOnly? PausedUntil,
    TouchResponse? LastTouch,
    DateTimeOffset? LastAnswerAt,
    DateTimeOffset? ClosedAt,
    string? CloseOutcome,
    DateTimeOffset? ScannedAt,
    DateTimeOffset? SnoozedUntil = null,
    string? CloseNote = null,
    string? ConversationId = null,
    CadenceStep? UpcomingStep = null,
    int? TouchCount = null);
