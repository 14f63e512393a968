namespace OutlookReferral.Bench.Measuring;

/// <summary>What a child reports to the parent (one JSON line on stdout).</summary>
public sealed record ScanFigures(
    int InboxMessages,
    int SentMessages,
    int Referrals,
    double LoadSeconds,
    int GraphRequests,
    int EmulatorRequests,
    int MessagesRead,
    double ColdScanSeconds,
    double WarmScanSeconds,
    double WarmCpuSeconds,
    double WarmGcPauseSeconds,
    int WarmGen2Collections,
    long ColdAllocatedBytes,
    long WarmAllocatedBytes,
    bool WarmRequestsMatchCold,
    long WorkingSetAfterLoadBytes,
    long PeakWorkingSetLoadBytes,
    long PeakWorkingSetScanBytes,
    bool ScanPeakIsolated,
    Dictionary<string, int> States);
