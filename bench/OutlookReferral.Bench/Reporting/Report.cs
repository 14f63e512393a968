using System.Text;

namespace OutlookReferral.Bench.Reporting;

/// <summary>A run's tables, what the checks concluded, and the problems that fail the run.</summary>
public sealed record Report(string Tables, IReadOnlyList<string> Verdicts, IReadOnlyList<string> Problems)
{
    public static Report Of(BenchResults results, BenchOptions options)
    {
        var tables = new StringBuilder();
        var verdicts = new List<string>();
        var problems = new List<string>();
        if (results.Scans.Count > 0)
        {
            tables.AppendLine("### Mail scans: one API host and one database per row group").AppendLine();
            tables.Append(IncrementalReport.ScanTable(results.Scans)).AppendLine();
        }
        if (results.Rounds.Count > 0)
        {
            tables.AppendLine("### Background rounds: many reps in one emulated tenant").AppendLine();
            foreach (var engine in results.Rounds.DistinctBy(r => r.Spec.Engine))
            {
                tables.AppendLine($"Round engine *{engine.Spec.Engine}*: {engine.Engine}.").AppendLine();
            }
            tables.Append(IncrementalReport.RoundTable(results.Rounds)).AppendLine();
            foreach (var row in results.Rounds.Take(1))
            {
                var held = (row.MailboxesWorkingSetBytes - row.BaselineWorkingSetBytes) / (1024.0 * 1024);
                tables.Append(System.FormattableString.Invariant($"The emulator's {row.Spec.Reps:N0} mailboxes ({row.Spec.Pools} pools of "))
                    .AppendLine(System.FormattableString.Invariant($"{row.Spec.MessagesPerRep:N0} messages shared under per-rep ids) held {held:F0} MiB of working set.")).AppendLine();
            }
        }
        var incremental = IncrementalReport.Problems(results.Scans, results.Rounds);
        problems.AddRange(incremental);
        if (results.Scans.Count + results.Rounds.Count > 0)
        {
            verdicts.Add(incremental.Count == 0
                ? "Sanity check passed: every first scan and first round made Graph requests, and no rescan or round with nothing changed made more than the first."
                : string.Join('\n', incremental));
        }
        if (results.Classic.Count > 0)
        {
            tables.AppendLine("### One scan per process (the scan alone, cold and warm)").AppendLine();
            tables.Append(MarkdownReport.Table(results.Classic)).AppendLine();
            tables.Append(MarkdownReport.ChaosTable(results.Chaos)).AppendLine();
            var classic = RequestCountCheck.Problems(results.Classic);
            if (results.Chaos.Any(r => !r.SameResult))
            {
                classic.Add("A scan through the chaos mode found something other than the clean scan.");
            }
            problems.AddRange(classic);
            verdicts.Add(classic.Count == 0
                ? "Request count check passed: Graph requests = pages of inbox + pages of sent items + 1 calendar page + 1 profile request, " +
                  "and the same for every referral count over the same mailbox."
                : string.Join('\n', classic));
        }
        return new Report(tables.ToString(), verdicts, problems);
    }
}
