namespace OutlookReferral.FollowUps;

public sealed record ScanSummary(DateTimeOffset ScannedAt, int GraphRequests, int MessagesRead, IReadOnlyList<ReferralResponse> Referrals);
