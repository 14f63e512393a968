using System.Collections.Concurrent;
using System.Diagnostics;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Platform;
using OutlookReferral.Storage;
using OutlookReferral.Tests.Platform;
using Quartz;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// An API process killed in the middle of its scans (SIGKILL: no shutdown, no goodbye to the cluster): another
/// host over the same SQLite file finds it silent, and Quartz runs the scans it was in the middle of again.
/// </summary>
public class ScanTakeoverTests
{
    private static readonly string ApiDll = Path.Combine(AppContext.BaseDirectory, "OutlookReferral.Api.dll");

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Test]
    public async Task ScansOfAProcessKilledMidScanAreRunAgainByAnotherHost()
    {
        var data = Directory.CreateTempSubdirectory("scan-takeover-").FullName;
        var file = Path.Combine(data, "shared.db");
        var database = new Database(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30");
        using var doomed = StartDoomedApi(file);
        try
        {
            var executing = await DoomedIsMidScanAsync(database, doomed);
            var scans = new ConcurrentQueue<Scan>();
            await using var root = new ApiFactory();
            var survivor = root.WithWebHostBuilder(b =>
            {
                b.UseSetting("Storage:ConnectionString", $"Data Source={file}");
                b.UseSetting("Scan:IntervalMinutes", "0.05");
                b.UseSetting("Scan:RosterSeconds", "1");
                b.UseSetting("Scan:CheckinSeconds", "1");
            });
            await ScanListener.ObserveAsync(survivor.Services, "survivor", scans);

            doomed.Kill(entireProcessTree: true);
            var killedAt = DateTimeOffset.UtcNow;
            await doomed.WaitForExitAsync();
            var recovered = await WaitForAsync(() =>
            {
                var runs = scans.Where(s => s.Recovering).ToList();
                return executing.All(job => runs.Any(r => r.Job == job)) ? runs : null;
            });
            await survivor.DisposeAsync();

            TestContext.Out.WriteLine($"Killed mid-scan: {executing.Count} reps; each scan run again by the survivor "
                + $"{string.Join(", ", recovered.Select(r => $"{(r.FiredAt - killedAt).TotalSeconds:0.0} s"))} after the kill");
            Assert.Multiple(() =>
            {
                Assert.That(recovered.Select(r => r.Job), Is.EquivalentTo(executing), "each interrupted scan is recovered once");
                Assert.That(recovered.Select(r => r.GraphRequests), Has.All.GreaterThan(0), "and runs to the end through Graph");
                Assert.That(scans.Where(s => s.Failure is not null), Is.Empty);
            });
        }
        finally
        {
            if (!doomed.HasExited)
            {
                doomed.Kill(entireProcessTree: true);
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// An API whose Graph answers every request 429 with a long Retry-After (the demo's chaos mode), so each scan it
    /// starts is still running, waiting out the throttle, when it is killed.
    /// </summary>
    private static Process StartDoomedApi(string file)
    {
        var start = new ProcessStartInfo("dotnet",
        [
            ApiDll, "--urls", "http://127.0.0.1:0", $"--Storage:ConnectionString=Data Source={file}",
            "--Scan:IntervalMinutes=0.05", "--Scan:RosterSeconds=1", "--Scan:CheckinSeconds=1",
            "--Demo:Chaos:FailureRate=1", "--Demo:Chaos:RetryAfterSeconds=60", "--Demo:Chaos:Faults:0=429",
        ]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start)!;
        // Drained, so a full pipe never stalls it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Adds three reps once the doomed API has migrated, and waits until it is scanning all four (with the demo rep).</summary>
    private static async Task<IReadOnlyList<string>> DoomedIsMidScanAsync(Database database, Process doomed)
    {
        await WaitForAsync(async () => !doomed.HasExited && await CountAsync(database, "SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE") > 0 ? new object() : null);
        var registry = new RepRegistry(database, new MailboxClock(TimeProvider.System, ApiFactory.DemoNow));
        var userId = OutlookReferral.Emulator.MailboxFolder.Load(new OutlookReferral.DemoMailbox.DemoOptions().ResolveMailboxPath()).UserId;
        foreach (var i in Enumerable.Range(1, 3))
        {
            await registry.SeenAsync(new RepId(Guid.NewGuid().ToString(), userId));
        }
        return await WaitForAsync<IReadOnlyList<string>>(async () =>
        {
            Assert.That(doomed.HasExited, Is.False, "the API to be killed stopped on its own");
            await using var connection = await database.OpenAsync();
            var jobs = (await connection.QueryAsync<string>(
                "SELECT JOB_NAME FROM QRTZ_FIRED_TRIGGERS WHERE JOB_GROUP = @group AND STATE = 'EXECUTING'", new { group = ScanRoster.Group })).ToList();
            return jobs.Count >= 4 ? jobs : null;
        });
    }

    private static async Task<long> CountAsync(Database database, string sql)
    {
        try
        {
            await using var connection = await database.OpenAsync();
            return await connection.ExecuteScalarAsync<long>(sql);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The table is not there until the API has migrated.
            return 0;
        }
    }

    private static Task<T> WaitForAsync<T>(Func<T?> condition) where T : class => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> condition) where T : class
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await condition() is { } done)
            {
                return done;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"Not within {Patience}.");
        return null!;
    }
}
