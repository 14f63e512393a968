using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OutlookReferral.Tests.Platform;

/// <summary>
/// The built API started as a person starts it: a setting it cannot run with ends it with exit code 1 and one line
/// on stderr (no stack trace), and the listen address follows the usual precedence: --urls, then ASPNETCORE_URLS.
/// </summary>
public class StartupRefusalTests
{
    private static readonly string ApiDll = Path.Combine(AppContext.BaseDirectory, "OutlookReferral.Api.dll");

    private string data = null!;

    [SetUp]
    public void CreateDataFolder() => data = Directory.CreateTempSubdirectory("outlookreferral-start-").FullName;

    [TearDown]
    public void DeleteDataFolder() => Directory.Delete(data, recursive: true);

    private string Database => $"--Storage:ConnectionString=Data Source={Path.Combine(data, "test.db")}";

    [TestCase("--urls", "http://0.0.0.0:5080", "loopback only")]
    [TestCase("--Demo:Enabled", "false", "AzureAd:ClientId")]
    public async Task ASettingThatCannotWorkEndsWithOneLineAndExitCodeOne(string key, string value, string named)
    {
        var (exitCode, output, error) = await ChildProcess.RunAsync("dotnet", [ApiDll, $"{key}={value}", Database],
            environment: new Dictionary<string, string> { ["AzureAd__ClientId"] = "", ["ASPNETCORE_URLS"] = "" });

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), error);
            Assert.That(lines, Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain(named).And.Not.Contain("   at "));
            Assert.That(output, Does.Not.Contain("Unhandled exception"));
        });
    }

    [Test]
    public async Task AspNetCoreUrlsChoosesTheAddress()
    {
        var port = FreePort();

        var announced = await FirstAnnouncementAsync([ApiDll, Database], new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.That(announced, Is.EqualTo($"OutlookReferral is running. Task pane: http://127.0.0.1:{port}/taskpane.html"));
    }

    [Test]
    public async Task TheCommandLineWinsOverTheEnvironment()
    {
        var (chosen, ignored) = (FreePort(), FreePort());

        var announced = await FirstAnnouncementAsync(
            [ApiDll, Database, "--urls", $"http://127.0.0.1:{chosen}"], new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{ignored}" });

        Assert.That(announced, Is.EqualTo($"OutlookReferral is running. Task pane: http://127.0.0.1:{chosen}/taskpane.html"));
    }

    /// <summary>Starts the API, returns the line that says where it listens, and stops it.</summary>
    private static async Task<string> FirstAnnouncementAsync(string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.Environment["Scan__IntervalMinutes"] = "0";
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("OutlookReferral is running", StringComparison.Ordinal))
                {
                    return line;
                }
            }
            return $"(exited with {(process.WaitForExit(5000) ? process.ExitCode : -1)} before announcing)";
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
