using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Bench.Hosting;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Synthetic;
using OutlookReferral.DemoMailbox;
using OutlookReferral.FollowUps;
using OutlookReferral.Referrals;

namespace OutlookReferral.Bench.Rounds;

/// <summary>
/// Child mode <c>--round SPEC</c>: <see cref="RoundSpec.Instances"/> API hosts over one SQLite file and one emulated
/// tenant of many reps. The reps are registered and their referrals stored through the product's own stores (as the
/// demo seeder does); then three rounds run through the <see cref="IRoundEngine"/>: the first, a steady one with
/// nothing new, and one after 1% new mail in every mailbox.
/// </summary>
public static class RoundRow
{
    public const string First = "first round";
    public const string Steady = "steady round (nothing changed)";
    public const string AfterNewMail = "round after 1% new mail";

    public const string Direct = "direct";

    public const string Quartz = "quartz";

    public static async Task<int> RunAsync(RoundSpec spec, TextWriter stdout)
    {
        var root = Directory.CreateTempSubdirectory("outlookreferral-bench-round-").FullName;
        var hosts = new List<BenchHost>();
        try
        {
            await BenchHost.WarmUpAsync(Path.Combine(root, "warm-up.db"));
            var baseline = StepMeter.SettledWorkingSet();
            var tenant = RepMailboxes.Generate(root, spec.Reps, spec.MessagesPerRep, spec.ReferralsPerRep, spec.Pools, spec.Seed);
            var mailboxes = StepMeter.SettledWorkingSet();
            var graphs = new RoutedGraphFactory(tenant.Router);
            var settings = spec.Engine == Quartz ? QuartzRound.HostSettings(spec.Parallelism) : null;
            for (var i = 0; i < spec.Instances; i++)
            {
                var host = new BenchHost(tenant.PoolFolders[0], Path.Combine(root, "shared.db"), new StillTime(SyntheticMailbox.Now), graphs, settings);
                hosts.Add(host);
                host.Start();
            }
            await RegisterAsync(hosts[0].Services, tenant);

            IRoundEngine engine = spec.Engine == Quartz ? new QuartzRound(spec.Parallelism) : new RepScannerRound(spec.Parallelism);
            var reps = tenant.Reps.Select(r => r.Rep).ToList();
            int Requests() => tenant.Router.Requests;
            var rounds = new List<StepFigures>
            {
                await StepMeter.MeasureAsync(First, Requests, () => engine.RunAsync(hosts, reps, CancellationToken.None)),
                await StepMeter.MeasureAsync(Steady, Requests, () => engine.RunAsync(hosts, reps, CancellationToken.None)),
            };
            var random = new Random(spec.Seed);
            foreach (var (_, mailbox) in tenant.Reps)
            {
                NewMail.Deliver(mailbox, Math.Max(1, spec.MessagesPerRep / 100), random, SyntheticMailbox.Now);
            }
            rounds.Add(await StepMeter.MeasureAsync(AfterNewMail, Requests, () => engine.RunAsync(hosts, reps, CancellationToken.None)));
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new RoundFigures(spec, engine.Describe, baseline, mailboxes, rounds)));
            return 0;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    // Each rep opened the pane once (the registry) and tracks its pool's referrals, stored as the demo seeder stores them.
    private static async Task RegisterAsync(IServiceProvider services, RepMailboxes tenant)
    {
        var registry = services.GetRequiredService<RepRegistry>();
        var referrals = services.GetRequiredService<ReferralStore>();
        var now = SyntheticMailbox.Now;
        foreach (var (rep, mailbox) in tenant.Reps)
        {
            await registry.SeenAsync(rep);
            await referrals.AddAsync(rep, (mailbox.Referrals ?? []).Select(seed =>
                new NewReferral(NewReferral.NewId(), seed.Prospect.AsParty(), seed.Source.AsParty(), seed.IntroducedAt, seed.ClosedAt, seed.Outcome)), now);
        }
    }
}
