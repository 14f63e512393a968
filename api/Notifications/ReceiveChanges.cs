using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;

namespace OutlookReferral.Notifications;

/// <summary>
/// Graph's change notifications for new mail. Each is checked against the subscription it names (its clientState,
/// its tenant), the reps they name get a rescan handed to the scheduler, and Graph gets 202 at once: Graph wants a
/// 2xx within 3 seconds or it resends (https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks,
/// "Processing the change notification").
/// </summary>
public static class ReceiveChanges
{
    public sealed record ResourceData(string? Id);

    public sealed record Notification(
        string? SubscriptionId, string? ClientState, string? ChangeType, string? Resource, string? TenantId, ResourceData? ResourceData);

    public sealed record Collection(IReadOnlyList<Notification>? Value)
    {
        public static ValueTask<Collection?> BindAsync(HttpContext context) => NotificationBody.BindAsync<Collection>(context);
    }

    public sealed class Validator : AbstractValidator<Collection>
    {
        public Validator()
        {
            RuleFor(c => c.Value).NotNull().WithMessage("Expected Graph's notifications in \"value\".")
                .Must(v => v!.Count is > 0 and <= 1000).WithMessage("Expected 1 to 1000 notifications.").When(c => c.Value is not null);
            RuleForEach(c => c.Value).ChildRules(n =>
            {
                n.RuleFor(x => x.SubscriptionId).NotEmpty().MaximumLength(64);
                n.RuleFor(x => x.ClientState).MaximumLength(128);
                n.RuleFor(x => x.ChangeType).NotEmpty().MaximumLength(64);
            }).When(c => c.Value is not null);
        }
    }

    /// <summary>
    /// Unknown subscriptions and a wrong clientState are ignored, and still answered 202: the doc says not to treat
    /// them as valid, and a 2xx stops Graph resending a notification for a subscription we already dropped. A rep is
    /// taken from our own record of the subscription, never from the notification's resource, so no notification
    /// can rescan a rep other than its subscription's.
    /// </summary>
    public static async Task<Accepted> HandleAsync(
        Collection? body, HttpContext http, SubscriptionStore store, RescanDebouncer rescans, ILogger<Collection> logger)
    {
        // Never null here: only the handshake binds none, and the handshake filter answered it.
        var ct = http.RequestAborted;
        var reps = new HashSet<RepId>();
        foreach (var notification in body!.Value!)
        {
            var subscription = await store.FindAsync(notification.SubscriptionId!, ct);
            if (subscription is null || !ClientStates.Match(subscription.ClientState, notification.ClientState)
                || (notification.TenantId is { } tenant && !string.Equals(tenant, subscription.Rep.TenantId, StringComparison.OrdinalIgnoreCase)))
            {
                logger.LogWarning("Ignored a change notification for subscription {Subscription}: unknown, or its clientState or tenant does not match",
                    notification.SubscriptionId);
                continue;
            }
            reps.Add(subscription.Rep);
        }
        foreach (var rep in reps)
        {
            await rescans.RequestAsync(rep, ct);
        }
        return TypedResults.Accepted((string?)null);
    }
}
