using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// The mailbox's change-notification subscriptions: POST, GET, PATCH (renew) and DELETE /subscriptions, and a
/// "created" notification for each message delivered into a subscribed folder
/// (https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks). Subscriptions live in memory and
/// end at their expiry, as Graph deletes a subscription that is not renewed in time.
/// </summary>
public sealed class ChangeSubscriptions
{
    /// <summary>The app that owns every subscription here (Graph answers the caller's app id).</summary>
    public const string ApplicationId = "0e7c5c1e-6f0f-4f4e-9a3e-2f1d5c7b9a10";

    private readonly ConcurrentDictionary<string, ChangeSubscription> subscriptions = new(StringComparer.OrdinalIgnoreCase);
    private readonly MailboxFolder mailbox;
    private readonly TimeProvider clock;
    private readonly WebhookPoster poster;

    internal ChangeSubscriptions(MailboxFolder mailbox, TimeProvider clock, HttpMessageHandler? webhooks, WebhookFaults? faults)
    {
        this.mailbox = mailbox;
        this.clock = clock;
        poster = new WebhookPoster(() => webhooks ?? new SocketsHttpHandler(), faults ?? new WebhookFaults());
        mailbox.Delivered += Notify;
    }

    /// <summary>The tenant named in notifications (Graph sends the mailbox's tenant id).</summary>
    public string TenantId { get; set; } = "00000000-0000-0000-0000-000000000001";

    /// <summary>Every notification POST made and its answer, as "subscriptionId kind status" (0: no answer in time).</summary>
    public IReadOnlyCollection<string> Posts => poster.Posts;

    /// <summary>The expiry Graph holds for a subscription; null once it is gone.</summary>
    public DateTimeOffset? ExpiryOf(string id) => Live(id)?.ExpiresAt;

    public IReadOnlyList<string> Ids => subscriptions.Values.Where(s => s.ExpiresAt > clock.GetUtcNow()).Select(s => s.Id).ToList();

    /// <summary>Test hook: Graph removed the subscription (a password change, an admin): a lifecycle notification says so.</summary>
    public void Remove(string id)
    {
        if (subscriptions.TryRemove(id, out var gone))
        {
            Lifecycle(gone, "subscriptionRemoved");
        }
    }

    /// <summary>Test hook: the access behind a subscription must be proved again before it goes on.</summary>
    public void RequireReauthorization(string id)
    {
        if (Live(id) is { } subscription)
        {
            Lifecycle(subscription, "reauthorizationRequired");
        }
    }

    internal async Task<(HttpStatusCode Status, JsonNode? Body)> RouteAsync(HttpMethod method, string? id, string? body, CancellationToken ct)
    {
        if (id is null && method == HttpMethod.Post)
        {
            return (HttpStatusCode.Created, await CreateAsync(GraphJson.ReadObject(body), ct));
        }
        if (id is null && method == HttpMethod.Get)
        {
            return (HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray([.. Ids.Select(i => (JsonNode)subscriptions[i].ToJson(ApplicationId))]) });
        }
        var subscription = id is null ? null : Live(id);
        if (subscription is null)
        {
            throw new GraphErrorException(404, "ResourceNotFound", $"The object was not found. Subscription '{id}' does not exist.");
        }
        if (method == HttpMethod.Get)
        {
            return (HttpStatusCode.OK, subscription.ToJson(ApplicationId));
        }
        if (method == HttpMethod.Patch)
        {
            return (HttpStatusCode.OK, Renew(subscription, GraphJson.ReadObject(body)));
        }
        if (method == HttpMethod.Delete)
        {
            subscriptions.TryRemove(subscription.Id, out _);
            return (HttpStatusCode.NoContent, null);
        }
        throw new GraphErrorException(405, "MethodNotAllowed", $"{method} is not allowed on a subscription.");
    }

    /// <summary>Checks the request, then the handshake with each URL (both are validated), and only then keeps it.</summary>
    private async Task<JsonObject> CreateAsync(JsonObject body, CancellationToken ct)
    {
        var resource = (string?)body["resource"];
        var folder = SubscriptionRules.FolderOf(resource, mailbox);
        var changeType = SubscriptionRules.ChangeTypeOf(body);
        var url = SubscriptionRules.UrlOf(body, "notificationUrl", required: true)!;
        var lifecycle = SubscriptionRules.UrlOf(body, "lifecycleNotificationUrl", required: false);
        var clientState = SubscriptionRules.ClientStateOf(body);
        var expiry = SubscriptionRules.ExpiryOf(body, clock.GetUtcNow(), "Create");
        await poster.ValidateAsync(url, ct);
        if (lifecycle is not null)
        {
            await poster.ValidateAsync(lifecycle, ct);
        }
        var subscription = new ChangeSubscription(Guid.NewGuid().ToString(), resource!, folder ?? "", changeType, url, lifecycle, clientState) { ExpiresAt = expiry };
        subscriptions[subscription.Id] = subscription;
        return subscription.ToJson(ApplicationId);
    }

    /// <summary>A renewal takes a new expiry under the same bounds; nothing else of a mail subscription changes.</summary>
    private JsonObject Renew(ChangeSubscription subscription, JsonObject body)
    {
        var unknown = body.Select(p => p.Key).FirstOrDefault(k => !k.Equals("expirationDateTime", StringComparison.OrdinalIgnoreCase) && !k.StartsWith('@'));
        if (unknown is not null)
        {
            throw new GraphErrorException(400, "InvalidRequest", $"Only expirationDateTime can be updated, not '{unknown}'.");
        }
        subscription.ExpiresAt = SubscriptionRules.ExpiryOf(body, clock.GetUtcNow(), "Update");
        return subscription.ToJson(ApplicationId);
    }

    private ChangeSubscription? Live(string id)
    {
        if (!subscriptions.TryGetValue(id, out var subscription))
        {
            return null;
        }
        if (subscription.ExpiresAt > clock.GetUtcNow())
        {
            return subscription;
        }
        // Not renewed in time: Graph deletes it, and it notifies no more.
        subscriptions.TryRemove(id, out _);
        return null;
    }

    private void Notify(string folder, string messageId)
    {
        foreach (var subscription in subscriptions.Values.Where(s => (s.Folder.Length == 0 || s.Folder == folder) && s.Notifies("created")).ToList())
        {
            if (Live(subscription.Id) is null)
            {
                continue;
            }
            var resource = $"Users/{mailbox.UserId}/Messages/{messageId}";
            var notification = new JsonObject
            {
                ["subscriptionId"] = subscription.Id,
                ["subscriptionExpirationDateTime"] = Stamp(subscription.ExpiresAt),
                ["clientState"] = subscription.ClientState,
                ["changeType"] = "created",
                ["resource"] = resource,
                ["tenantId"] = TenantId,
                ["resourceData"] = new JsonObject
                {
                    ["@odata.type"] = "#Microsoft.Graph.Message",
                    ["@odata.id"] = resource,
                    ["@odata.etag"] = $"W/\"{Guid.NewGuid():N}\"",
                    ["id"] = messageId,
                },
            };
            poster.Post(subscription.NotificationUrl, $"{subscription.Id} created", new JsonObject { ["value"] = new JsonArray(notification) });
        }
    }

    /// <summary>A lifecycle notification (https://learn.microsoft.com/en-us/graph/change-notifications-lifecycle-events), when the subscription asked for them.</summary>
    private void Lifecycle(ChangeSubscription subscription, string lifecycleEvent)
    {
        if (subscription.LifecycleNotificationUrl is not { } url)
        {
            return;
        }
        var notification = new JsonObject
        {
            ["subscriptionId"] = subscription.Id,
            ["subscriptionExpirationDateTime"] = Stamp(subscription.ExpiresAt),
            ["tenantId"] = TenantId,
            ["clientState"] = subscription.ClientState,
            ["lifecycleEvent"] = lifecycleEvent,
        };
        poster.Post(url, $"{subscription.Id} {lifecycleEvent}", new JsonObject { ["value"] = new JsonArray(notification) });
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}
