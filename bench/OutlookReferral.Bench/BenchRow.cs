using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Synthetic;

namespace OutlookReferral.Bench;

/// <summary>One configuration's outcome: the mailbox that was generated and what its child scan measured.</summary>
public sealed record BenchRow(GeneratedMailbox Mailbox, long JsonBytes, ScanFigures Figures);
