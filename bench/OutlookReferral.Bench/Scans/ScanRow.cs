using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Bench.Hosting;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Synthetic;
using OutlookReferral.Emulator;

namespace OutlookReferral.Bench.Scans;

/// <summary>
/// Child mode <c>--scans DIR</c>: one API host over one mailbox folder, one SQLite file and one rep for the whole row
/// group, so every scan finds what the scans before it stored (delta links, kept messages, statuses). The steps are
/// what a rep's day does to the product: the first scan, a rescan with nothing new, a rescan after 1% new mail,
/// tracking a referral by hand (POST /api/referrals) and the rescan after it. Scans go through POST /api/scan.
/// </summary>
public static class ScanRow
{
    public const string FirstScan = "first scan";
    public const string Unchanged = "rescan, nothing changed";
    public const string AfterNewMail = "rescan after 1% new mail";
    public const string Track = "track a new referral";
    public const string AfterTracking = "rescan after tracking it";

    public static async Task<int> RunAsync(string folder, TextWriter stdout)
    {
        var data = Directory.CreateTempSubdirectory("outlookreferral-bench-scans-").FullName;
        try
        {
            // JIT, the SDK's and SQLite's first use: paid once per process, so paid here, over the small built-in demo.
            await BenchHost.WarmUpAsync(Path.Combine(data, "warm-up.db"));
            var baseline = StepMeter.SettledWorkingSet();
            await using var host = new BenchHost(folder, Path.Combine(data, "bench.db"), new StillTime(SyntheticMailbox.Now));
            var services = host.Start();
            using var client = Client(host);
            var mailbox = services.GetRequiredService<MailboxFolder>();
            var emulator = services.GetRequiredService<GraphEmulator>();
            var loaded = StepMeter.SettledWorkingSet();
            int Requests() => emulator.Requests.Count;

            var steps = new List<StepFigures>
            {
                await StepMeter.MeasureAsync(FirstScan, Requests, () => ScanAsync(client)),
                await StepMeter.MeasureAsync(Unchanged, Requests, () => ScanAsync(client)),
            };
            var total = mailbox.Inbox.Count + mailbox.SentItems.Count;
            var newMail = NewMail.Deliver(mailbox, Math.Max(1, total / 100), new Random(total), SyntheticMailbox.Now);
            steps.Add(await StepMeter.MeasureAsync(AfterNewMail, Requests, () => ScanAsync(client)));
            var untracked = JsonSerializer.Deserialize<SyntheticReferral>(await File.ReadAllTextAsync(Path.Combine(folder, SyntheticMailbox.UntrackedFile)))!;
            steps.Add(await StepMeter.MeasureAsync(Track, Requests, () => TrackAsync(client, untracked)));
            steps.Add(await StepMeter.MeasureAsync(AfterTracking, Requests, () => ScanAsync(client)));

            var figures = new ScanRowFigures(total, mailbox.Referrals?.Count ?? 0, newMail.Count,
                newMail.Count(m => m.Folder == "inbox"), baseline, loaded, steps);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(figures));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The host's client, without HttpClient's 100-second limit: a 100k scan on a busy shared machine can take longer.</summary>
    internal static HttpClient Client(BenchHost host)
    {
        var client = host.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    internal static async Task ScanAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/scan", content: null);
        await Ensure(response, "POST /api/scan");
    }

    // The pane's "Track" button: the product's one path for a referral tracked by hand.
    private static async Task TrackAsync(HttpClient client, SyntheticReferral referral)
    {
        using var response = await client.PostAsJsonAsync("/api/referrals", new
        {
            prospect = new { name = referral.Prospect.Name, address = referral.Prospect.Address },
            source = new { name = referral.Source.Name, address = referral.Source.Address },
            introducedAt = referral.IntroducedAt,
        });
        await Ensure(response, "POST /api/referrals");
    }

    private static async Task Ensure(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
