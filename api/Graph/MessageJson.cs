using System.Text.Json.Serialization;

namespace OutlookReferral.Graph;

internal sealed record MessageJson(
    string? Id, string? ConversationId, string? Subject, RecipientJson? From, List<RecipientJson>? ToRecipients, List<RecipientJson>? CcRecipients,
    DateTimeOffset? SentDateTime, DateTimeOffset? ReceivedDateTime, string? BodyPreview, List<HeaderJson>? InternetMessageHeaders,
    [property: JsonPropertyName("@removed")] RemovedJson? Removed = null);
