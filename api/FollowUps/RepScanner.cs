using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Introductions;
using OutlookReferral.Meetings;
using OutlookReferral.Platform;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Scans one rep's mailbox and stores what it found. One scan per rep at a time, shared: a caller that comes
/// while the rep's scan runs (20 clicks, the pane open on two machines, the background round) waits for that
/// scan and gets its result, instead of queueing a Graph pass of its own.
/// </summary>
public sealed class RepScanner(
    ReferralStore referrals, FollowUpStatusStore statuses, SuggestionStore suggestions, MeetingStore meetings, IRepGraphFactory graphs,
    IOptions<GraphOptions> options, MailboxClock clock, ScanProgressBoard progress, Timeline.StoryStore stories, MailSync mail,
    CalendarStore calendars, IHostApplicationLifetime lifetime) : IRescan
{
    private readonly ConcurrentDictionary<RepId, Lazy<Task<ScanResult>>> running = new();

    /// <summary>
    /// The rep's scan in flight, or a new one. <paramref name="ct"/> ends only this caller's wait: the shared scan
    /// goes on for the others (and is stored). Its failure reaches every waiter; the next call after it ends starts afresh.
    /// </summary>
    public Task<ScanResult> ScanAsync(RepId rep, CancellationToken ct)
    {
        Lazy<Task<ScanResult>>? flight = null;
        flight = new Lazy<Task<ScanResult>>(() => RunAsync(rep, flight!));
        return running.GetOrAdd(rep, flight).Value.WaitAsync(ct);
    }

    /// <summary>
    /// A scan that starts after this call, for a caller that just changed what a scan reads (a settled meeting, a
    /// draft click that must see the newest mail): a scan already in flight may predate the change, so wait it out,
    /// then join or start the next one. Callers doing so together still share that next scan.
    /// </summary>
    public async Task<ScanResult> FreshScanAsync(RepId rep, CancellationToken ct)
    {
        if (running.TryGetValue(rep, out var earlier))
        {
            try
            {
                await earlier.Value.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // Its failure is its own waiters' news; ours is the next scan.
            }
        }
        return await ScanAsync(rep, ct);
    }

    async Task<ScannedReferrals> IRescan.FreshScanAsync(RepId rep, CancellationToken ct)
    {
        var scan = await FreshScanAsync(rep, ct);
        return new ScannedReferrals(scan.Rep, scan.Referrals);
    }

    // No caller's token: one caller giving up must not cancel the scan the others wait for. The host stopping does:
    // mail pages land in their own transactions and the delta link last, so the next scan picks up where this one stopped.
    private async Task<ScanResult> RunAsync(RepId rep, Lazy<Task<ScanResult>> flight)
    {
        // Off the caller's stack: the Lazy is published before any work starts.
        await Task.Yield();
        var ct = lifetime.ApplicationStopping;
        try
        {
            var records = await referrals.ListAsync(rep, ct);
            var tracked = records.Select(r => r.AsTracked()).ToList();
            using var graph = graphs.For(rep);
            var known = await meetings.KnowledgeAsync(rep, ct);
            var calendar = await calendars.LoadAsync(rep, ct);
            var now = clock.Now;
            var firstScan = await statuses.LastScanAsync(rep, ct) is null;
            var pages = progress.Start(rep, firstScan, now.AddDays(-options.Value.WindowDays), now);
            var since = now.AddDays(-options.Value.WindowDays);
            // The stored window, brought up to date by delta: a rescan reads what changed, not the mailbox.
            MailSource window = (addresses, keep, token) => mail.SyncAsync(rep, graph, addresses, keep, since, options.Value.PageSize, pages, token);
            var result = await FollowUpScanner.ScanAsync(graph, tracked, now, options.Value, ct, known: known, progress: pages, mail: window, calendar: calendar);
            // The statuses the scan started from: those it found again are not written again.
            await statuses.SaveAsync(rep, result, records.ToDictionary(r => r.Id), ct);
            await stories.SaveAsync(rep, result.Stories.Select(s => (s.Key, s.Value)), ct);
            await meetings.SaveAsync(rep, result.Referrals, result.Attendance, result.FinishedAt, known, result.MeetingRange, ct);
            if (result.Calendar is { } synced)
            {
                await calendars.SaveAsync(rep, synced, result.FinishedAt, ct);
            }
            await suggestions.AddNewAsync(rep, result.Introductions, clock.Now, ct);
            return result;
        }
        finally
        {
            progress.Finish(rep);
            // Before the task completes, so no waiter can come back and join a scan that has landed.
            running.TryRemove(new KeyValuePair<RepId, Lazy<Task<ScanResult>>>(rep, flight));
        }
    }
}
