using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Notifications;

/// <summary>
/// Keeps each active rep subscribed to their inbox's new mail: creates the subscription (Graph validates our endpoint
/// before it answers), renews it before it expires (PATCH; Graph deletes one that is not renewed in time), and
/// deletes it when the rep is no longer active. https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
/// </summary>
public sealed class SubscriptionKeeper(
    SubscriptionStore store, IRepGraphFactory graphs, NotificationUrls urls, MailboxClock clock, IOptions<NotificationOptions> options,
    ActiveReps active, ILogger<SubscriptionKeeper> logger)
{
    // Asked for at creation, so notifications name messages by the ids the scans store (reference/graph.md, "Immutable IDs").
    private const string ImmutableIds = "IdType=\"ImmutableId\"";

    /// <summary>One pass over every rep: each does what changed for them, and one rep's failure is theirs alone.</summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        if (urls.Changes is null)
        {
            return;
        }
        var reps = (await active(ct)).ToHashSet();
        var held = await store.ListAsync(ct);
        var subscribed = held.Select(s => s.Rep).ToHashSet();
        var now = clock.Now;
        foreach (var rep in reps.Where(r => !subscribed.Contains(r)))
        {
            await OneRepAsync(rep, () => CreateAsync(rep, ct));
        }
        foreach (var subscription in held)
        {
            if (!reps.Contains(subscription.Rep))
            {
                await OneRepAsync(subscription.Rep, () => DropAsync(subscription, ct));
            }
            else if (subscription.ExpiresAt - now <= options.Value.RenewBefore)
            {
                await OneRepAsync(subscription.Rep, () => RenewAsync(subscription, ct));
            }
        }
    }

    /// <summary>Subscribes the rep's inbox to "created" notifications, with a fresh secret Graph will echo in each.</summary>
    public async Task CreateAsync(RepId rep, CancellationToken ct)
    {
        using var graph = graphs.For(rep);
        var clientState = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var created = await graph.Client.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created",
            Resource = $"/users/{graph.UserId}/mailFolders('inbox')/messages",
            NotificationUrl = urls.Changes!.AbsoluteUri,
            LifecycleNotificationUrl = urls.Lifecycle!.AbsoluteUri,
            ExpirationDateTime = clock.Now + options.Value.Lifetime,
            ClientState = clientState,
        }, rc => rc.Headers.Add("Prefer", ImmutableIds), ct) ?? throw new InvalidOperationException("Graph answered no subscription.");
        var kept = new MailSubscription(rep, created.Id!, clientState, created.ExpirationDateTime ?? clock.Now + options.Value.Lifetime);
        if (!await store.AddAsync(kept, ct))
        {
            // The rep got one meanwhile (another node, a lifecycle event): one subscription per rep, so this one goes.
            await graph.Client.Subscriptions[kept.SubscriptionId].DeleteAsync(cancellationToken: ct);
            return;
        }
        logger.LogInformation("Subscribed to new mail of {Tenant}/{User} until {Expiry}", rep.TenantId, rep.UserId, kept.ExpiresAt);
    }

    /// <summary>Moves the expiry on (which also answers Graph's reauthorizationRequired); a subscription Graph no longer has is made anew.</summary>
    public async Task RenewAsync(MailSubscription subscription, CancellationToken ct)
    {
        using var graph = graphs.For(subscription.Rep);
        try
        {
            var renewed = await graph.Client.Subscriptions[subscription.SubscriptionId]
                .PatchAsync(new Subscription { ExpirationDateTime = clock.Now + options.Value.Lifetime }, cancellationToken: ct);
            await store.RenewedAsync(subscription.SubscriptionId, renewed?.ExpirationDateTime ?? clock.Now + options.Value.Lifetime, ct);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            await ReplaceAsync(subscription, ct);
        }
    }

    /// <summary>Graph removed the subscription (or lost it): forget it and subscribe again.</summary>
    public async Task ReplaceAsync(MailSubscription subscription, CancellationToken ct)
    {
        await store.RemoveAsync(subscription.SubscriptionId, ct);
        await CreateAsync(subscription.Rep, ct);
    }

    private async Task DropAsync(MailSubscription subscription, CancellationToken ct)
    {
        using var graph = graphs.For(subscription.Rep);
        try
        {
            await graph.Client.Subscriptions[subscription.SubscriptionId].DeleteAsync(cancellationToken: ct);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            // Already gone at Graph's end (expired): only our row is left.
        }
        await store.RemoveAsync(subscription.SubscriptionId, ct);
    }

    private async Task OneRepAsync(RepId rep, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An expired token, a refused handshake: the next sweep tries again; the interval scans carry on meanwhile.
            logger.LogWarning(ex, "Mail subscription of {Tenant}/{User} not brought up to date", rep.TenantId, rep.UserId);
        }
    }
}
