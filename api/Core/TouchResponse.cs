namespace OutlookReferral.Core;

public sealed record TouchResponse(string Subject, DateTimeOffset At, string MessageId, string ConversationId);
