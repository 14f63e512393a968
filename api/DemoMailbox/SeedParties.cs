using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;

namespace OutlookReferral.DemoMailbox;

/// <summary>referrals.json's people as the API's parties (the emulator's folder reader knows nothing of the API).</summary>
public static class SeedParties
{
    public static Party AsParty(this SeedParty party) => new(party.Name, party.Address);
}
