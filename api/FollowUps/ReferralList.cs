namespace OutlookReferral.FollowUps;

public sealed record ReferralList(IReadOnlyList<ReferralResponse> Referrals, DateTimeOffset? LastScanAt);
