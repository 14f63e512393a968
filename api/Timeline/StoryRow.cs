namespace OutlookReferral.Timeline;

/// <summary>A story message as stored (a database row).</summary>
public sealed class StoryRow
{
    public string ReferralId { get; init; } = "";
    public string MessageId { get; init; } = "";
    public string Kind { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string Subject { get; init; } = "";

    public StoryMessage? AsMessage() =>
        Kebab.TryParse<StoryKind>(Kind, out var kind) ? new StoryMessage(MessageId, kind, At, Subject) : null;
}
