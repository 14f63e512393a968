using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Introductions;
using OutlookReferral.Meetings;
using OutlookReferral.Platform;

namespace OutlookReferral.FollowUps;

/// <summary>Scans one rep's mailbox and stores what it found. One scan per rep at a time.</summary>
public sealed class RepScanner(
    ReferralStore referrals, FollowUpStatusStore statuses, SuggestionStore suggestions, MeetingStore meetings, IRepGraphFactory graphs,
    IOptions<GraphOptions> options, MailboxClock clock, ScanProgressBoard progress, Timeline.StoryStore stories)
{
    private readonly ConcurrentDictionary<RepId, SemaphoreSlim> running = new();

    public async Task<ScanResult> ScanAsync(RepId rep, CancellationToken ct)
    {
        var gate = running.GetOrAdd(rep, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var tracked = (await referrals.ListAsync(rep, ct)).Select(r => r.AsTracked()).ToList();
            using var graph = graphs.For(rep);
            var known = await meetings.KnowledgeAsync(rep, ct);
            var now = clock.Now;
            var firstScan = await statuses.LastScanAsync(rep, ct) is null;
            var pages = progress.Start(rep, firstScan, now.AddDays(-options.Value.WindowDays), now);
            var result = await FollowUpScanner.ScanAsync(graph, tracked, now, options.Value, ct, known: known, progress: pages);
            await statuses.SaveAsync(rep, result, ct);
            await stories.SaveAsync(rep, result.Stories.Select(s => (s.Key, s.Value)), ct);
            await meetings.SaveAsync(rep, result, known, ct);
            await suggestions.AddNewAsync(rep, result.Introductions, clock.Now, ct);
            return result;
        }
        finally
        {
            progress.Finish(rep);
            gate.Release();
        }
    }
}
