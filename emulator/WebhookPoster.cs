using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's side of a webhook: the validation handshake when a subscription is made, and the change notifications
/// after, delivered at least once (https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks).
/// </summary>
internal sealed class WebhookPoster(Func<HttpMessageHandler> handler, WebhookFaults faults)
{
    /// <summary>"The client must respond ... within 10 seconds" (change-notifications-delivery-notificationurl-validation.md).</summary>
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>"Notifications are published using an HTTP client with a 3-second timeout" (delivery-webhooks.md, Throttling).</summary>
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(3);

    // Made on the first subscription: the bench's thousand mailboxes never subscribe and pay nothing for it.
    private readonly Lazy<HttpClient> client = new(() => new HttpClient(handler(), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan });
    private readonly ConcurrentQueue<string> posts = new();
    private readonly Lazy<Random> dice = new(() => faults.Seed is { } seed ? new Random(seed) : new Random());

    private HttpClient Http => client.Value;

    private Random Dice => dice.Value;

    /// <summary>Every notification POST and its answer, as "subscriptionId changeType status": what tests read.</summary>
    public IReadOnlyCollection<string> Posts => posts;

    /// <summary>
    /// POSTs {url}?validationToken=… and demands 200, text/plain and the decoded token back within 10 s; anything else
    /// is Graph's 400 and no subscription. The token has spaces and colons, as Graph's do, so only a receiver that
    /// URL-decodes it echoes it right.
    /// </summary>
    public async Task ValidateAsync(Uri url, CancellationToken ct)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{url.OriginalString}{separator}validationToken={Uri.EscapeDataString(token)}")
        {
            Content = new StringContent("", Encoding.UTF8, "text/plain"),
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(HandshakeTimeout);
        try
        {
            using var response = await Http.SendAsync(request, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw Failed("Notification endpoint must respond with 200 OK to validation request.");
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/plain")
            {
                throw Failed("Notification endpoint must respond with a text/plain content type.");
            }
            if (await response.Content.ReadAsStringAsync(timeout.Token) != token)
            {
                throw Failed("Response must exactly match validationToken query parameter.");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw Failed("Notification endpoint must respond with 200 OK to validation request.");
        }
    }

    /// <summary>
    /// Sends one notification collection in the background. Like Graph: a random delay first, a resend when the
    /// receiver does not answer 2xx within 3 s (Graph keeps trying for up to 4 hours; the emulator compresses that
    /// into a few attempts seconds apart), and now and then the same notification twice: delivery is at least once.
    /// </summary>
    public void Post(Uri url, string label, JsonObject collection)
    {
        _ = Task.Run(async () =>
        {
            await Task.Delay(faults.NextDelay(Dice));
            await DeliverAsync(url, label, collection);
            if (faults.Duplicate(Dice))
            {
                await DeliverAsync(url, label, collection);
            }
        });
    }

    private async Task DeliverAsync(Uri url, string label, JsonObject collection)
    {
        for (var attempt = 1; attempt <= faults.Attempts; attempt++)
        {
            var status = await SendOnceAsync(url, collection);
            posts.Enqueue($"{label} {status}");
            if (status is >= 200 and < 300)
            {
                return;
            }
            await Task.Delay(faults.RetryAfter * attempt);
        }
    }

    private async Task<int> SendOnceAsync(Uri url, JsonObject collection)
    {
        using var timeout = new CancellationTokenSource(DeliveryTimeout);
        try
        {
            using var content = new StringContent(collection.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await Http.PostAsync(url, content, timeout.Token);
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return 0;
        }
    }

    private static GraphErrorException Failed(string reason) => new(400, "ValidationError", $"Subscription validation request failed. {reason}");
}
