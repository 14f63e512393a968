using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>A message held by the demo mailbox, as Graph JSON plus its parsed timestamps.</summary>
public sealed record StoredMessage(JsonObject Json, DateTimeOffset? Sent, DateTimeOffset? Received)
{
    public string Id => (string)Json["id"]!;
}
