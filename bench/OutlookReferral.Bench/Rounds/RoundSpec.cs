namespace OutlookReferral.Bench.Rounds;

/// <summary>What a background round is measured over: the tenant and the instances.</summary>
/// <param name="Engine">What runs the round: <see cref="RoundRow.Direct"/> (each host's RepScanner) or <see cref="RoundRow.Quartz"/> (the hosts' job engine).</param>
public sealed record RoundSpec(int Reps, int MessagesPerRep, int ReferralsPerRep, int Instances, int Pools, int Parallelism, int Seed, string Engine = RoundRow.Direct);
