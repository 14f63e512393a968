namespace OutlookReferral.Introductions;

/// <summary>An introduction found in the mail, as stored for the rep to track or dismiss.</summary>
public sealed class SuggestionRecord
{
    public string Id { get; init; } = "";
    public string MessageId { get; init; } = "";
    public string ConversationId { get; init; } = "";
    public string Subject { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
    public string Kind { get; init; } = "";
    public string SourceName { get; init; } = "";
    public string SourceAddress { get; init; } = "";
    public string ProspectName { get; init; } = "";
    public string ProspectAddress { get; init; } = "";
    public string Status { get; init; } = "";

    public SuggestionResponse AsResponse() => new(
        Id, Kind, new PartyResponse(SourceName, SourceAddress), new PartyResponse(ProspectName, ProspectAddress),
        Subject, ReceivedAt, MessageId, ConversationId);
}
