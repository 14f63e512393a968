namespace OutlookReferral.Core;

/// <summary>What a scan found that a feature acts on: the rep's profile and each tracked referral's status.</summary>
public sealed record ScannedReferrals(RepProfile Rep, IReadOnlyList<(TrackedReferral Referral, FollowUpStatus Status)> Referrals);
