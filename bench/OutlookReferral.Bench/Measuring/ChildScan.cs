using System.Diagnostics;
using System.Text.Json;
using OutlookReferral.Bench.Synthetic;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.Bench.Measuring;

/// <summary>
/// Child mode: loads one mailbox folder, scans it twice (cold, then warm) through the real Graph SDK
/// and the in-process emulator, and prints the figures as one JSON line. Running in its own process
/// makes the peak working set belong to this mailbox alone.
/// </summary>
public static class ChildScan
{
    public static async Task<int> RunAsync(string folder, TextWriter stdout)
    {
        var clock = Stopwatch.StartNew();
        var mailbox = MailboxFolder.Load(folder);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var referrals = mailbox.TrackedReferrals();

        // Settle the heap so "after load" is what the loaded mailbox holds, not parser garbage.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var workingSetAfterLoad = process.WorkingSet64;
        var peakWhileLoading = process.PeakWorkingSet64;
        var scanPeakIsolated = PeakMemory.TryReset();

        var cold = await MeasureAsync(mailbox, referrals);
        var warm = await MeasureAsync(mailbox, referrals);
        process.Refresh();

        var figures = new ScanFigures(
            mailbox.Inbox.Count, mailbox.SentItems.Count, referrals.Count, loadSeconds,
            cold.Result.GraphRequests, cold.EmulatorRequests, cold.Result.MessagesRead,
            cold.Seconds, warm.Seconds, warm.CpuSeconds, warm.GcPauseSeconds, warm.Gen2Collections, cold.AllocatedBytes, warm.AllocatedBytes,
            warm.Result.GraphRequests == cold.Result.GraphRequests,
            workingSetAfterLoad, peakWhileLoading, process.PeakWorkingSet64, scanPeakIsolated,
            cold.Result.Referrals.GroupBy(r => Kebab.Name(r.Status.State)).ToDictionary(g => g.Key, g => g.Count()));
        await stdout.WriteLineAsync(JsonSerializer.Serialize(figures));
        return 0;
    }

    private sealed record Measurement(
        ScanResult Result, int EmulatorRequests, double Seconds, double CpuSeconds, double GcPauseSeconds, int Gen2Collections, long AllocatedBytes);

    /// <summary>
    /// One scan as the CLI and the web app run it. A fresh emulator each time: its query cache would
    /// otherwise let the warm scan skip the filter and sort, which a real Graph never lets us skip.
    /// </summary>
    private static async Task<Measurement> MeasureAsync(MailboxFolder mailbox, IReadOnlyList<TrackedReferral> referrals)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        // CPU time and GC pauses as well as wall time: on a shared machine wall time alone can mislead.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        var emulator = new GraphEmulator(mailbox, new ReplayTime(SyntheticMailbox.Now));
        using var graph = new DemoGraphFactory(emulator).For(new RepId("bench", mailbox.UserId));
        var result = await FollowUpScanner.ScanAsync(
            graph, referrals, SyntheticMailbox.Now, new GraphOptions { WindowDays = SyntheticMailbox.WindowDays }, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Measurement(result, emulator.Requests.Count, seconds,
            (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds,
            (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds, GC.CollectionCount(2) - gen2Before, allocated);
    }
}
