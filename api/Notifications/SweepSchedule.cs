using Microsoft.Extensions.Options;
using Quartz;

namespace OutlookReferral.Notifications;

/// <summary>
/// Puts the sweep on the cluster's schedule once the API listens (StartedAsync: after the server started, so the
/// first sweep's handshake finds us). Every node does; the last one's schedule stands.
/// </summary>
internal sealed class SweepSchedule(ISchedulerFactory schedulers, IOptions<NotificationOptions> options) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<SubscriptionSweepJob>().WithIdentity(SubscriptionSweepJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(SubscriptionSweepJob.Key.Name, SubscriptionSweepJob.Key.Group).ForJob(job).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.Value.SweepSeconds)).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
