using OutlookReferral.Bench.Measuring;

namespace OutlookReferral.Bench.Scans;

/// <summary>What one <c>--scans</c> child reports: the mailbox, the memory held before and after the host loaded it, and each step.</summary>
/// <param name="Referrals">Tracked from the start (referrals.json); one more is tracked by hand on the way.</param>
/// <param name="BaselineWorkingSetBytes">Settled working set before the measured host started (runtime, JIT'd code).</param>
/// <param name="LoadedWorkingSetBytes">Settled working set once the host had loaded the mailbox: the emulator's copy sits between the two.</param>
public sealed record ScanRowFigures(
    int Messages, int Referrals, int NewMessages, int NewInboxMessages,
    long BaselineWorkingSetBytes, long LoadedWorkingSetBytes, IReadOnlyList<StepFigures> Steps);
