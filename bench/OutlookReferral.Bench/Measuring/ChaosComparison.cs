using System.Diagnostics;
using OutlookReferral.Bench.Synthetic;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.Bench.Measuring;

/// <summary>
/// Runs in the parent process (memory is not measured here): a warm-up scan, a clean scan, then a scan with
/// <c>Demo:Chaos</c> at the given rate and Graph's usual one-second Retry-After, so the wall time shows the waits.
/// </summary>
public static class ChaosComparison
{
    public const double FailureRate = 0.2;

    public static async Task<ChaosRow> RunAsync(string folder, int seed)
    {
        var mailbox = MailboxFolder.Load(folder);
        var referrals = mailbox.TrackedReferrals();
        await ScanAsync(mailbox, referrals, chaos: null);
        var clean = await ScanAsync(mailbox, referrals, chaos: null);
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = FailureRate, Seed = seed });
        var faulty = await ScanAsync(mailbox, referrals, chaos);
        return new ChaosRow(
            mailbox.Inbox.Count + mailbox.SentItems.Count, referrals.Count, FailureRate, chaos.Options.RetryAfterSeconds,
            clean.Requests, faulty.Requests, chaos.Faults, clean.Seconds, faulty.Seconds, faulty.Found == clean.Found);
    }

    private static async Task<(int Requests, double Seconds, string Found)> ScanAsync(
        MailboxFolder mailbox, IReadOnlyList<TrackedReferral> referrals, GraphChaos? chaos)
    {
        var clock = Stopwatch.StartNew();
        using var graph = new DemoGraphFactory(new GraphEmulator(mailbox), chaos).For(new RepId("bench", mailbox.UserId));
        var result = await FollowUpScanner.ScanAsync(
            graph, referrals, SyntheticMailbox.Now, new GraphOptions { WindowDays = SyntheticMailbox.WindowDays }, CancellationToken.None);
        var found = string.Join('\n', result.Referrals.Select(r =>
            $"{r.Referral.Id} {r.Status.State} {r.Status.SilentDays} {r.Status.NextStep} {r.Status.LastTouch?.MessageId}"));
        return (result.GraphRequests, clock.Elapsed.TotalSeconds, found);
    }
}
