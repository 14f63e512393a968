namespace OutlookReferral.Bench.Measuring;

/// <summary>One mailbox scanned clean and through the emulator's chaos mode: what a busy Graph costs in requests, retries and time.</summary>
public sealed record ChaosRow(
    int Messages, int Referrals, double FailureRate, int RetryAfterSeconds,
    int CleanRequests, int ChaosRequests, int Faults, double CleanSeconds, double ChaosSeconds, bool SameResult);
