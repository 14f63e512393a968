using System.Collections.Concurrent;
using OutlookReferral.FollowUps;
using Quartz;
using Quartz.Extensibility;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>One run of a rep's scan job, as Quartz reports it: which scheduled fire it was, on which host, and what the scan did.</summary>
internal sealed record Scan(string Host, string Job, DateTimeOffset ScheduledAt, DateTimeOffset FiredAt, bool Recovering, int GraphRequests, string? Failure);

/// <summary>Quartz's own account of each rep's scan job run on one host.</summary>
internal sealed class ScanListener(string host, ConcurrentQueue<Scan> scans) : IJobListener
{
    public string Name => "test-scans-" + host;

    public static void Observe(IScheduler scheduler, string host, ConcurrentQueue<Scan> scans) =>
        scheduler.ListenerManager.AddJobListener(new ScanListener(host, scans), GroupMatcher<JobKey>.GroupEquals(ScanRoster.Group));

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        scans.Enqueue(new Scan(host, context.JobDetail.Key.Name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.FireTimeUtc,
            context.Recovering, context.Result as int? ?? 0, jobException?.Message));
        return ValueTask.CompletedTask;
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
