namespace OutlookReferral.Core;

/// <summary>The last message the rep sent the prospect, as the API shows it.</summary>
public sealed record TouchResponse(string Subject, DateTimeOffset At, string MessageId, string ConversationId);
