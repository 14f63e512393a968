using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace OutlookReferral.Bench.Reporting;

/// <summary>The machine a run happened on: figures mean little without it.</summary>
public static class MachineInfo
{
    public static IReadOnlyList<(string Label, string Value)> Describe() =>
    [
        ("CPU", CpuModel()),
        ("Logical cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("RAM", Memory()),
        ("OS", OperatingSystemName()),
        (".NET", $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}, " +
                 $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC)"),
    ];

    /// <summary>The 1-minute load average: other work on the machine shows in wall times, so a run records it.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    // Some VMs report only a family ("AMD EPYC"): add the family number, which tells the generation apart.
    private static string CpuModel()
    {
        var model = ProcValue("model name");
        var family = ProcValue("cpu family");
        return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : family is null ? model : $"{model} (cpu family {family})";
    }

    private static string? ProcValue(string key) =>
        ProcLine("/proc/cpuinfo", key) is { } line ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : null;

    private static string Memory()
    {
        // MemTotal is in kB. Fall back on what the GC may use, which respects container limits.
        var bytes = ProcLine("/proc/meminfo", "MemTotal") is { } line
            && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kb)
            ? kb * 1024
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):F1} GiB");
    }

    // On Linux OSDescription is the distribution's name; the kernel is worth knowing too (VMs and containers differ).
    private static string OperatingSystemName()
    {
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : null;
        return kernel is null ? RuntimeInformation.OSDescription : $"{RuntimeInformation.OSDescription}, kernel {kernel}";
    }

    private static string? ProcLine(string path, string key)
    {
        try
        {
            return File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
