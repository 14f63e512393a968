using System.Diagnostics;

namespace OutlookReferral.Bench.Measuring;

/// <summary>
/// Measures one step of a row in this process. CPU is the whole process's (all threads, GC included, the emulator
/// too); allocations are every thread's; the peak working set is reset before the step where Linux allows it.
/// </summary>
public static class StepMeter
{
    /// <param name="requests">Graph requests served so far (the emulator's own count): the step's share is the difference.</param>
    public static async Task<StepFigures> MeasureAsync(string step, Func<int> requests, Func<Task> run)
    {
        var isolated = PeakMemory.TryReset();
        var requestsBefore = requests();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await run();
        var wall = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        return new StepFigures(step, requests() - requestsBefore, wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, process.PeakWorkingSet64, isolated);
    }

    /// <summary>
    /// The working set once the heap is collected: what is held, not what is garbage. The last collection is aggressive,
    /// so the collector also gives back the free memory it keeps committed: with a forced one alone, the working set
    /// after loading the 100,000-message mailbox read 880 or 950 MiB from run to run for the same code (whether the
    /// loader's freed buffers were still committed), and the scan's peak above it swung by 70 MiB; now within 6 MiB.
    /// </summary>
    public static long SettledWorkingSet()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
