namespace OutlookReferral.Bench.Measuring;

/// <summary>
/// Resets the process's peak resident set so that the peak read after the scans belongs to the scans,
/// not to loading the mailbox folder (which parses the whole folder into a JSON DOM and is the real Graph's
/// job, not ours). Linux only: writing "5" to /proc/self/clear_refs resets VmHWM, which is what
/// Process.PeakWorkingSet64 reads there.
/// </summary>
public static class PeakMemory
{
    public static bool TryReset()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
