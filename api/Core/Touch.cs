namespace OutlookReferral.Core;

/// <summary>The last message the rep sent the prospect.</summary>
public sealed record Touch(string MessageId, string ConversationId, string Subject, DateTimeOffset At);
