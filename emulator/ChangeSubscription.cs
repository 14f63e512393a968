using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// One webhook subscription to a mail folder, as POST /subscriptions made it
/// (https://learn.microsoft.com/en-us/graph/api/resources/subscription). Only the expiry changes after creation (PATCH).
/// </summary>
internal sealed record ChangeSubscription(
    string Id, string Resource, string Folder, string ChangeType, Uri NotificationUrl, Uri? LifecycleNotificationUrl, string? ClientState)
{
    public DateTimeOffset ExpiresAt { get; set; }

    public bool Notifies(string change) => ChangeType.Split(',').Contains(change, StringComparer.OrdinalIgnoreCase);

    public JsonObject ToJson(string applicationId) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#subscriptions/$entity",
        ["id"] = Id,
        ["resource"] = Resource,
        ["applicationId"] = applicationId,
        ["changeType"] = ChangeType,
        ["clientState"] = ClientState,
        ["notificationUrl"] = NotificationUrl.OriginalString,
        ["lifecycleNotificationUrl"] = LifecycleNotificationUrl?.OriginalString,
        ["expirationDateTime"] = ExpiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        ["latestSupportedTlsVersion"] = "v1_2",
        ["includeResourceData"] = false,
    };
}
