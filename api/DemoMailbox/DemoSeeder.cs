using OutlookReferral.Emulator;
using OutlookReferral.Platform;

namespace OutlookReferral.DemoMailbox;

/// <summary>On first start, stores the demo mailbox's referrals.json for the demo rep.</summary>
public sealed class DemoSeeder(
    MailboxFolder mailbox, Microsoft.Extensions.Options.IOptions<DemoOptions> options, ReferralStore referrals,
    FollowUps.RepRegistry reps, MailboxClock clock, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var rep = options.Value.DemoRep(mailbox);
        await reps.SeenAsync(rep, cancellationToken);
        if (mailbox.Referrals is null || await referrals.CountAsync(rep, cancellationToken) > 0)
        {
            return;
        }
        await referrals.AddAsync(rep, mailbox.Referrals.Select(seed =>
            new NewReferral(NewReferral.NewId(), seed.Prospect.AsParty(), seed.Source.AsParty(), seed.IntroducedAt, seed.ClosedAt, seed.Outcome)), clock.Now, cancellationToken);
        logger.LogInformation("Seeded {Count} referrals from the demo mailbox {Path}", mailbox.Referrals.Count, mailbox.Path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
