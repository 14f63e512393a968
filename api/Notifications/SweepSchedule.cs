using Microsoft.Extensions.Options;
using Quartz;

namespace OutlookReferral.Notifications;

/// <summary>Puts the sweep on the cluster's schedule at start; every node does, and the last one's schedule stands.</summary>
internal sealed class SweepSchedule(ISchedulerFactory schedulers, IOptions<NotificationOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<SubscriptionSweepJob>().WithIdentity(SubscriptionSweepJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(SubscriptionSweepJob.Key.Name, SubscriptionSweepJob.Key.Group).ForJob(job).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.Value.SweepSeconds)).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
