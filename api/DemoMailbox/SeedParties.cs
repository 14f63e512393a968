using OutlookReferral.Emulator;

namespace OutlookReferral.DemoMailbox;

/// <summary>referrals.json's people as the API's parties (the emulator's folder reader knows nothing of the API).</summary>
public static class SeedParties
{
    public static Party AsParty(this SeedParty party) => new(party.Name, party.Address);

    /// <summary>A replayed folder's referrals as the scan tracks them, numbered r1, r2… in file order.</summary>
    public static List<TrackedReferral> TrackedReferrals(this MailboxFolder mailbox) =>
        (mailbox.Referrals ?? [])
            .Select((seed, i) => new TrackedReferral($"r{i + 1}", seed.Prospect.AsParty(), seed.Source.AsParty(), seed.IntroducedAt, seed.ClosedAt is not null))
            .ToList();
}
