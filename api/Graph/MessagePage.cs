using System.Text.Json.Serialization;

namespace OutlookReferral.Graph;

internal sealed record MessagePage(
    List<MessageJson>? Value,
    [property: JsonPropertyName("@odata.nextLink")] string? NextLink,
    [property: JsonPropertyName("@odata.deltaLink")] string? DeltaLink = null);
