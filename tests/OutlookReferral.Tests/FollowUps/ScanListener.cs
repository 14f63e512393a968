using System.Collections.Concurrent;
using OutlookReferral.FollowUps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Extensibility;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>One run of a rep's scan job, as Quartz reports it: which scheduled fire it was, on which host, and what the scan did.</summary>
/// <param name="StoppedWithHost">The run was cut short because its host was stopping (RepScanJob ends it quietly).</param>
internal sealed record Scan(string Host, string Job, DateTimeOffset ScheduledAt, DateTimeOffset FiredAt, bool Recovering, int GraphRequests, string? Failure,
    bool StoppedWithHost);

/// <summary>Quartz's own account of each rep's scan job run on one host.</summary>
internal sealed class ScanListener(string host, ConcurrentQueue<Scan> scans, CancellationToken stopping) : IJobListener
{
    public string Name => "test-scans-" + host;

    /// <summary>Records every scan job run on the host whose services these are.</summary>
    public static async Task ObserveAsync(IServiceProvider services, string host, ConcurrentQueue<Scan> scans)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        // A run that ends after its host began to stop was cut short by the stop.
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        scheduler.ListenerManager.AddJobListener(new ScanListener(host, scans, stopping), GroupMatcher<JobKey>.GroupEquals(ScanRoster.Group));
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        scans.Enqueue(new Scan(host, context.JobDetail.Key.Name, ScheduledAt(context), context.FireTimeUtc,
            context.Recovering, context.Result as int? ?? 0, jobException?.Message, stopping.IsCancellationRequested));
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The fire time the run stands for. A recovery (the job's node died or stopped mid-run, and another node runs it
    /// again) fires on a one-off trigger at once; Quartz keeps the fire it recovers in the job data.
    /// </summary>
    private static DateTimeOffset ScheduledAt(IJobExecutionContext context)
    {
        if (context.Recovering
            && long.TryParse(context.MergedJobDataMap.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime), out var millis))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(millis);
        }
        return context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
