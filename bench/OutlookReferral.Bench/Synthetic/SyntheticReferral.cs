namespace OutlookReferral.Bench.Synthetic;

/// <summary>A referral as referrals.json lists it.</summary>
public sealed record SyntheticReferral(Person Prospect, Person Source, DateTimeOffset IntroducedAt);
