using System.Diagnostics;

namespace OutlookReferral.Tests.Platform;

/// <summary>Runs a command line the way a person at a shell would, for tests of the scripts and the CLI.</summary>
internal static class ChildProcess
{
    /// <summary>Runs a command to its end (a minute at most) and returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string command, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} {string.Join(' ', args)} did not finish within a minute");
        }
        return (process.ExitCode, await output, await error);
    }
}
