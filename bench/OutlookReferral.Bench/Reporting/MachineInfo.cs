using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace OutlookReferral.Bench.Reporting;

/// <summary>The machine a run happened on: figures mean little without it.</summary>
public static class MachineInfo
{
    /// <param name="commit">The commit whose build was measured, when the report is written later from saved figures.</param>
    public static IReadOnlyList<(string Label, string Value)> Describe(string? commit = null) =>
    [
        ("CPU", CpuModel()),
        ("Logical cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("RAM", Memory()),
        ("OS", OperatingSystemName()),
        (".NET", $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}, " +
                 $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC)"),
        ("Commit measured", commit ?? Commit()),
    ];

    // Figures are re-measured as the product changes: the table says which code it measured.
    private static string Commit()
    {
        var head = Git("rev-parse --short HEAD");
        return head is null ? "unknown (not run from a git checkout)"
            : string.IsNullOrEmpty(Git("status --porcelain --untracked-files=no")) ? head : $"{head}, with uncommitted changes";
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            var output = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

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
