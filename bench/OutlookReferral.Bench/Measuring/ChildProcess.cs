using System.Diagnostics;
using System.Text.Json;

namespace OutlookReferral.Bench.Measuring;

/// <summary>Runs this same program in a child mode in a fresh process and reads back its figures.</summary>
public static class ChildProcess
{
    // A round of 1,000 full scans, three times over, takes minutes on a shared machine.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static Task<ScanFigures> ScanAsync(string folder) => RunAsync<ScanFigures>($"The scan of {folder}", "--one", folder);

    /// <summary>Runs a child mode (<c>--one</c>, <c>--scans</c>, <c>--round</c>) and reads the JSON line it prints last.</summary>
    public static async Task<T> RunAsync<T>(string what, params string[] arguments)
    {
        var start = SelfStartInfo();
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the child scan process.");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await child.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} took longer than {Timeout.TotalMinutes} minutes; it was stopped.");
        }
        var output = await stdout;
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {child.ExitCode}):\n{await stderr}");
        }
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        return JsonSerializer.Deserialize<T>(line)
            ?? throw new InvalidOperationException($"{what} printed no figures:\n{output}");
    }

    /// <summary>
    /// The apphost when there is one (dotnet run starts it); "dotnet bench.dll" when started through the
    /// muxer, where ProcessPath is dotnet itself, or from another program (the test suite runs the parent in its
    /// own process). The child inherits the parent's runtime settings.
    /// </summary>
    private static ProcessStartInfo SelfStartInfo()
    {
        var bench = typeof(ChildProcess).Assembly;
        var self = System.Reflection.Assembly.GetEntryAssembly() == bench
            ? Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell which executable is running.")
            : DotnetMuxer();
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(bench.Location);
        }
        return start;
    }

    // The muxer beside the running runtime (…/dotnet/shared/Microsoft.NETCore.App/10.0.x/ → …/dotnet/dotnet).
    private static string DotnetMuxer()
    {
        var root = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(muxer) ? muxer : "dotnet";
    }
}
