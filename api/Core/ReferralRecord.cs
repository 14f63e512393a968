namespace OutlookReferral.Core;

/// <summary>One referral and, when a scan has seen it, its latest follow-up status (a database row).</summary>
/// <remarks>A class with setters: Dapper maps SQLite's text timestamps and 64-bit integers through them.</remarks>
public sealed class ReferralRecord
{
    public string Id { get; init; } = "";
    public string ProspectName { get; init; } = "";
    public string ProspectAddress { get; init; } = "";
    public string SourceName { get; init; } = "";
    public string SourceAddress { get; init; } = "";
    public DateTimeOffset IntroducedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? CloseOutcome { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? ConversationId { get; init; }
    public string? IntroductionMessageId { get; init; }
    public DateTimeOffset? SnoozedUntil { get; init; }
    public string? CloseNote { get; init; }
    public string? State { get; init; }
    public int? SilentDays { get; init; }
    public string? NextStep { get; init; }
    public string? UpcomingStep { get; init; }
    public DateTimeOffset? NextStepDueAt { get; init; }
    public string? PausedUntil { get; init; }
    public string? LastTouchMessageId { get; init; }
    public string? LastTouchConversationId { get; init; }
    public string? LastTouchSubject { get; init; }
    public DateTimeOffset? LastTouchAt { get; init; }
    public DateTimeOffset? LastAnswerAt { get; init; }
    public int? TouchCount { get; init; }
    public DateTimeOffset? ScannedAt { get; init; }

    public TrackedReferral AsTracked() => new(
        Id, new Party(ProspectName, ProspectAddress), new Party(SourceName, SourceAddress), IntroducedAt, ClosedAt is not null, SnoozedUntil)
    {
        IntroductionMessageId = IntroductionMessageId,
    };
}
