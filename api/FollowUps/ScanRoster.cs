using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OutlookReferral.Identity;
using Quartz;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Keeps one Quartz job per active rep (RepRegistry): a rep seen within Scan:ForgetRepsAfterDays gets a job that
/// scans them every Scan:IntervalMinutes, and a rep forgotten loses it. The jobs live in the shared job store,
/// so this runs on one node at a time (<see cref="ScanRosterJob"/>) and every node fires the same jobs.
/// </summary>
public sealed class ScanRoster(RepRegistry reps, IOptions<ScanOptions> options, ILogger<ScanRoster> logger)
{
    /// <summary>The group of every rep's scan job and trigger, and of the roster's own.</summary>
    public const string Group = "rep-scans";

    public static readonly JobKey RosterKey = new("roster", "roster");

    public static JobKey KeyOf(RepId rep) => new($"{rep.TenantId}:{rep.UserId}", Group);

    public static RepId RepOf(JobDataMap data) => new(data.GetString("tenant")!, data.GetString("user")!);

    public async Task SyncAsync(IScheduler scheduler, CancellationToken ct)
    {
        var active = (await reps.ActiveAsync(TimeSpan.FromDays(options.Value.ForgetRepsAfterDays), ct)).ToDictionary(KeyOf);
        var scheduled = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), ct)).ToHashSet();
        foreach (var (key, rep) in active.Where(a => !scheduled.Contains(a.Key)))
        {
            await JoinAsync(scheduler, rep, ct);
        }
        var forgotten = scheduled.Where(key => !active.ContainsKey(key)).ToList();
        if (forgotten.Count > 0)
        {
            await scheduler.DeleteJobs(forgotten, ct);
            logger.LogInformation("Background scans stopped for {Count} reps not seen in {Days} days", forgotten.Count, options.Value.ForgetRepsAfterDays);
        }
    }

    /// <summary>Gives a rep their own scan job; a rep who has one keeps it (and its place in the interval).</summary>
    private async Task JoinAsync(IScheduler scheduler, RepId rep, CancellationToken ct)
    {
        var interval = options.Value.Interval;
        var job = JobBuilder.Create<RepScanJob>()
            .WithIdentity(KeyOf(rep))
            .UsingJobData("tenant", rep.TenantId)
            .UsingJobData("user", rep.UserId)
            // An instance that dies mid-scan: another node runs the scan again.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(KeyOf(rep).Name, Group)
            .ForJob(job)
            // Reps start at their own point of the interval, so a thousand reps do not all fire at once.
            .StartAt(DateTimeOffset.UtcNow + interval * Phase(rep))
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()
                // After an outage the next scan waits for its turn: no burst of missed scans.
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, cancellationToken: ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node's roster added the rep first.
        }
    }

    // A fixed fraction of the interval per rep, from their ids.
    private static double Phase(RepId rep) =>
        BitConverter.ToUInt16(SHA256.HashData(Encoding.UTF8.GetBytes(rep.TenantId + "/" + rep.UserId))) / 65536.0;
}
