using OutlookReferral.Bench.Measuring;

namespace OutlookReferral.Bench.Rounds;

/// <summary>What one <c>--round</c> child reports: the spec, who ran it, the emulator's memory and each round.</summary>
public sealed record RoundFigures(RoundSpec Spec, string Engine, long BaselineWorkingSetBytes, long MailboxesWorkingSetBytes, IReadOnlyList<StepFigures> Rounds);
