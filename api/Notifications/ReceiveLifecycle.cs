using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Platform;
using Quartz;

namespace OutlookReferral.Notifications;

/// <summary>
/// Graph's news about a subscription itself (https://learn.microsoft.com/en-us/graph/change-notifications-lifecycle-events):
/// reauthorizationRequired (renew it), subscriptionRemoved (subscribe again), missed (some notifications were lost:
/// rescan). The fix is written down (the row marked due, or gone) and the sweep job asked to run now, so the Graph
/// calls happen on the scheduler, and Graph gets its 202 at once.
/// </summary>
public static class ReceiveLifecycle
{
    public sealed record Notification(string? SubscriptionId, string? ClientState, string? LifecycleEvent, string? TenantId);

    public sealed record Collection(IReadOnlyList<Notification>? Value)
    {
        public static ValueTask<Collection?> BindAsync(HttpContext context) => NotificationBody.BindAsync<Collection>(context);
    }

    private static readonly string[] Events = ["reauthorizationRequired", "subscriptionRemoved", "missed"];

    public sealed class Validator : AbstractValidator<Collection>
    {
        public Validator()
        {
            RuleFor(c => c.Value).NotNull().WithMessage("Expected Graph's lifecycle notifications in \"value\".")
                .Must(v => v!.Count is > 0 and <= 1000).WithMessage("Expected 1 to 1000 notifications.").When(c => c.Value is not null);
            RuleForEach(c => c.Value).ChildRules(n =>
            {
                n.RuleFor(x => x.SubscriptionId).NotEmpty().MaximumLength(64);
                n.RuleFor(x => x.ClientState).MaximumLength(128);
                // Unknown events are refused, not guessed at; Graph documents these three.
                n.RuleFor(x => x.LifecycleEvent).NotEmpty().Must(e => Events.Contains(e)).WithMessage($"Expected one of {string.Join(", ", Events)}.");
            }).When(c => c.Value is not null);
        }
    }

    public static async Task<Accepted> HandleAsync(
        Collection? body, HttpContext http, SubscriptionStore store, RescanDebouncer rescans, ISchedulerFactory schedulers,
        MailboxClock clock, ILogger<Collection> logger)
    {
        // Never null here: only the handshake binds none, and the handshake filter answered it.
        var ct = http.RequestAborted;
        var sweep = false;
        foreach (var notification in body!.Value!)
        {
            var subscription = await store.FindAsync(notification.SubscriptionId!, ct);
            if (subscription is null || !ClientStates.Match(subscription.ClientState, notification.ClientState))
            {
                logger.LogWarning("Ignored a lifecycle notification for subscription {Subscription}", notification.SubscriptionId);
                continue;
            }
            switch (notification.LifecycleEvent)
            {
                case "missed":
                    await rescans.RequestAsync(subscription.Rep, ct);
                    break;
                case "subscriptionRemoved":
                    await store.RemoveAsync(subscription.SubscriptionId, ct);
                    sweep = true;
                    break;
                default:
                    // Due now: the sweep renews whatever is this close to its expiry.
                    await store.RenewedAsync(subscription.SubscriptionId, clock.Now, ct);
                    sweep = true;
                    break;
            }
        }
        if (sweep)
        {
            await (await schedulers.GetScheduler(ct)).TriggerJob(SubscriptionSweepJob.Key, ct);
        }
        return TypedResults.Accepted((string?)null);
    }
}
