using System.Diagnostics;
using System.Text.Json;

namespace OutlookReferral.Bench.Measuring;

/// <summary>Runs this same program as <c>--one DIR</c> in a fresh process and reads back its figures.</summary>
public static class ChildProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task<ScanFigures> ScanAsync(string folder)
    {
        var start = SelfStartInfo();
        start.ArgumentList.Add("--one");
        start.ArgumentList.Add(folder);
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
            throw new TimeoutException($"The scan of {folder} took longer than {Timeout.TotalMinutes} minutes; it was stopped.");
        }
        var output = await stdout;
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The scan of {folder} failed (exit {child.ExitCode}):\n{await stderr}");
        }
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        return JsonSerializer.Deserialize<ScanFigures>(line)
            ?? throw new InvalidOperationException($"The scan of {folder} printed no figures:\n{output}");
    }

    /// <summary>
    /// The apphost when there is one (dotnet run starts it); "dotnet bench.dll" when started through the
    /// muxer, where ProcessPath is dotnet itself. The child inherits the parent's runtime settings.
    /// </summary>
    private static ProcessStartInfo SelfStartInfo()
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell which executable is running.");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }
        return start;
    }
}
