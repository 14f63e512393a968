using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Reporting;
using OutlookReferral.Bench.Rounds;
using OutlookReferral.Bench.Scans;
using OutlookReferral.Bench.Synthetic;

namespace OutlookReferral.Bench;

/// <summary>One configuration's outcome: the mailbox that was generated and what its child scan measured.</summary>
public sealed record BenchRow(GeneratedMailbox Mailbox, long JsonBytes, ScanFigures Figures);
