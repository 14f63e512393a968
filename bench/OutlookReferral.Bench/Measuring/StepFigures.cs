using System.Diagnostics;

namespace OutlookReferral.Bench.Measuring;

/// <summary>What one measured step cost: Graph requests, wall and CPU time, managed allocations, and the peak working set.</summary>
public sealed record StepFigures(
    string Step, int GraphRequests, double WallSeconds, double CpuSeconds, long AllocatedBytes, long PeakWorkingSetBytes, bool PeakIsolated);
