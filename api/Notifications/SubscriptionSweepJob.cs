using Quartz;

namespace OutlookReferral.Notifications;

/// <summary>Creates, renews and drops the reps' subscriptions; one job for the whole cluster, one node at a time.</summary>
[DisallowConcurrentExecution]
public sealed class SubscriptionSweepJob(SubscriptionKeeper keeper, IHostApplicationLifetime lifetime) : IJob
{
    public static readonly JobKey Key = new("subscriptions", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // Before the API listens, Graph's handshake would find nobody to answer it.
        if (lifetime.ApplicationStarted.IsCancellationRequested)
        {
            await keeper.SweepAsync(cancellationToken);
        }
    }
}
