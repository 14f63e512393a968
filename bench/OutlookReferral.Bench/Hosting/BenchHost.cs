using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OutlookReferral.Graph;

namespace OutlookReferral.Bench.Hosting;

/// <summary>
/// One API instance, in process: the product's own Program (storage, identity, features, hosted services) in demo mode
/// over a mailbox folder, on a SQLite file the bench chooses, so several hosts can share one database. The bench
/// changes only what stands for the outside world: the clock (held still, so the scan window does not move between
/// the scans of a row) and, for many reps, the Graph client factory (<see cref="RoutedGraphFactory"/>).
/// Background scans are off (<c>Scan:IntervalMinutes=0</c>) unless <paramref name="settings"/> turn them on: the
/// bench drives every scan itself, directly or through the hosts' job engine (<see cref="Rounds.QuartzRound"/>).
/// </summary>
public sealed class BenchHost(
    string mailboxFolder, string databasePath, TimeProvider time, IRepGraphFactory? graphs = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    // Where the factory roots the host: it would guess the API's project folder from the solution's layout, which a
    // built bench need not sit in. Its documented override is this variable, read before Program builds the host.
    static BenchHost() =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OUTLOOKREFERRAL_API", AppContext.BaseDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={databasePath}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:MailboxPath", mailboxFolder);
        builder.UseSetting("Scan:IntervalMinutes", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Stdout carries the child's figures: the host's warnings go to stderr.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            // The demo clock runs on from the mailbox's capture time by this provider: held still, it stays there.
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time);
            if (graphs is not null)
            {
                services.RemoveAll<IRepGraphFactory>();
                services.AddSingleton(graphs);
            }
        });
    }

    /// <summary>
    /// JIT and the first use of the SDK and SQLite are paid once per process: a throwaway host over the small built-in
    /// demo mailbox pays them (one scan) before anything is measured.
    /// </summary>
    public static async Task WarmUpAsync(string databasePath)
    {
        await using var host = new BenchHost("", databasePath, new StillTime(Synthetic.SyntheticMailbox.Now));
        using var client = Scans.ScanRow.Client(host);
        await Scans.ScanRow.ScanAsync(client);
    }

    /// <summary>Starts the host (migrations, the demo seeder) and returns its services.</summary>
    public IServiceProvider Start() => Services;
}
