namespace OutlookReferral.Core;

/// <summary>An introduction the scan found, as /api/introductions gives it and the open message's context offers it.</summary>
public sealed record SuggestionResponse(
    string Id, string Kind, PartyResponse Source, PartyResponse Prospect, string Subject, DateTimeOffset ReceivedAt,
    string MessageId, string ConversationId);
