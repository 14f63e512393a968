namespace OutlookReferral.Core;

/// <summary>The order of the follow-up list: what needs the rep first.</summary>
public static class FollowUpOrder
{
    private static readonly ReferralState?[] Rank =
        [ReferralState.NoShow, ReferralState.Quiet, ReferralState.Replied, ReferralState.New, ReferralState.Waiting, ReferralState.Paused, null, ReferralState.Closed];

    public static IReadOnlyList<ReferralResponse> Sort(IEnumerable<ReferralResponse> referrals) =>
        referrals
            .OrderBy(r => Array.IndexOf(Rank, r.State))
            .ThenByDescending(r => r.SilentDays ?? -1)
            .ThenBy(r => r.IntroducedAt)
            .ToList();
}
