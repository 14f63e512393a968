namespace OutlookReferral.Bench.Reporting;

/// <summary>Issue 13's goals, printed beside the figures they judge (ratios on this machine).</summary>
public static class Goals
{
    /// <summary>A rescan with nothing changed, at any mailbox size.</summary>
    public const int UnchangedRescanRequests = 4;

    /// <summary>A steady background round (nothing changed), CPU per rep.</summary>
    public const double SteadyRoundCpuMsPerRep = 20;

    /// <summary>A first scan of a 100k mailbox: peak working set above the emulator's copy of the mailbox.</summary>
    public const double FirstScanOursMiB = 150;

    /// <summary>The mailbox size the memory goal speaks of.</summary>
    public const int FirstScanGoalMessages = 100_000;

    public static string Verdict(bool met, string goal, string actual) => $"{(met ? "met" : "NOT MET")}: {goal} ({actual})";
}
