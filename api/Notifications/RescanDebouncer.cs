using Microsoft.Extensions.Options;
using OutlookReferral.Identity;
using Quartz;

namespace OutlookReferral.Notifications;

/// <summary>
/// Turns notifications into rescans on the Quartz scheduler the background scans use: each rep has one durable job
/// (<see cref="NotifiedScanJob"/>), and a notification gives it a one-shot trigger a moment later unless one is
/// already waiting. A burst of new mail thus makes one scan; mail that lands while that scan runs makes one more
/// (the running scan may have read the folder before it). The trigger sits in the job store, so it is persisted
/// before Graph gets its 202, and any node of the cluster may run it.
/// </summary>
public sealed class RescanDebouncer(ISchedulerFactory schedulers, IOptions<NotificationOptions> options)
{
    public const string Group = "rep-notified-scans";

    public static JobKey KeyOf(RepId rep) => new($"{rep.TenantId}:{rep.UserId}", Group);

    public static RepId RepOf(JobDataMap data) => new(data.GetString("tenant")!, data.GetString("user")!);

    /// <summary>
    /// Asks for the rep's rescan: a one-shot trigger under the rep's own key, stored with <see cref="TriggerConflict.Keep"/>,
    /// so a trigger still waiting to fire is kept (the notification is covered by it) and one whose scan has begun is
    /// replaced (that scan may have read the inbox before this mail). The store decides under its lock, so two nodes
    /// receiving the same burst still store one trigger. False when one was already waiting.
    /// </summary>
    public async Task<bool> RequestAsync(RepId rep, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = KeyOf(rep);
        if (!await scheduler.Exists(key, ct))
        {
            await scheduler.AddJob(JobBuilder.Create<NotifiedScanJob>().WithIdentity(key).StoreDurably()
                .UsingJobData("tenant", rep.TenantId).UsingJobData("user", rep.UserId).Build(), AddJobOptions.Replacing, ct);
        }
        var result = await scheduler.ScheduleTrigger(TriggerBuilder.Create()
            .WithIdentity(key.Name, Group)
            .ForJob(key)
            .StartAt(DateTimeOffset.UtcNow + options.Value.Debounce)
            // Late (a node was down): fire as soon as possible, the mail is still new.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build(), TriggerConflict.Keep, ct);
        return result.Outcome != ScheduleOutcome.Kept;
    }
}
