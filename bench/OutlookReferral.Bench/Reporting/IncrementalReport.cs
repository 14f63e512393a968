using System.Globalization;
using System.Text;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Rounds;
using OutlookReferral.Bench.Scans;

namespace OutlookReferral.Bench.Reporting;

/// <summary>The mail-scan and background-round tables, each figure beside the goal that judges it.</summary>
public static class IncrementalReport
{
    public static string ScanTable(IReadOnlyList<ScanRowFigures> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| Messages | Referrals | Step | Graph requests | Wall | CPU | Allocated | Peak WS | Emulator's copy (+ host) | Ours: peak above it | Goal |");
        text.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var emulator = row.LoadedWorkingSetBytes - row.BaselineWorkingSetBytes;
            foreach (var step in row.Steps)
            {
                var ours = step.PeakWorkingSetBytes - row.LoadedWorkingSetBytes;
                text.Append(Invariant($"| {row.Messages:N0} | {row.Referrals} | {step.Step} | {step.GraphRequests} | "))
                    .Append(Invariant($"{step.WallSeconds:F2} s | {step.CpuSeconds:F2} s | {Mib(step.AllocatedBytes)} | "))
                    .Append(Invariant($"{(step.PeakIsolated ? Mib(step.PeakWorkingSetBytes) : "n/a")} | {Mib(emulator)} | "))
                    .AppendLine(Invariant($"{(step.PeakIsolated ? Mib(ours) : "n/a")} | {ScanGoal(row, step, ours)} |"));
            }
        }
        return text.ToString();
    }

    public static string RoundTable(IReadOnlyList<RoundFigures> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| Engine | Instances | Round | Reps × messages | Requests per rep | CPU per rep | Wall | Reps per core per 15 min | Goal |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            foreach (var round in row.Rounds)
            {
                var cpuMs = round.CpuSeconds * 1000 / row.Spec.Reps;
                text.Append(Invariant($"| {row.Spec.Engine} | {row.Spec.Instances} | {round.Step} | {row.Spec.Reps:N0} × {row.Spec.MessagesPerRep:N0} | "))
                    .Append(Invariant($"{(double)round.GraphRequests / row.Spec.Reps:F1} | {cpuMs:F0} ms | {round.WallSeconds:F1} s | "))
                    .AppendLine(Invariant($"{(cpuMs > 0 ? 900_000 / cpuMs : 0):N0} | {RoundGoal(round, cpuMs)} |"));
            }
        }
        return text.ToString();
    }

    /// <summary>Sanity the bench insists on: requests were made, and a rescan of nothing new never costs more than the first scan.</summary>
    public static List<string> Problems(IReadOnlyList<ScanRowFigures> scans, IReadOnlyList<RoundFigures> rounds)
    {
        var problems = new List<string>();
        foreach (var row in scans)
        {
            var where = Invariant($"{row.Messages:N0} messages, {row.Referrals} referrals");
            problems.AddRange(Sane(where, Step(row.Steps, ScanRow.FirstScan), Step(row.Steps, ScanRow.Unchanged)));
        }
        foreach (var row in rounds)
        {
            var where = Invariant($"{row.Spec.Reps:N0} reps, {row.Spec.Instances} instance(s), {row.Spec.Engine}");
            problems.AddRange(Sane(where, Step(row.Rounds, RoundRow.First), Step(row.Rounds, RoundRow.Steady)));
        }
        return problems;
    }

    private static IEnumerable<string> Sane(string where, StepFigures first, StepFigures unchanged)
    {
        if (first.GraphRequests <= 0)
        {
            yield return $"CHECK FAILED ({where}): the {first.Step} made no Graph request.";
        }
        if (unchanged.GraphRequests > first.GraphRequests)
        {
            yield return $"CHECK FAILED ({where}): the {unchanged.Step} made {unchanged.GraphRequests} Graph requests, more than the {first.Step} ({first.GraphRequests}).";
        }
    }

    private static StepFigures Step(IReadOnlyList<StepFigures> steps, string name) => steps.Single(s => s.Step == name);

    private static string ScanGoal(ScanRowFigures row, StepFigures step, long ours) => step.Step switch
    {
        ScanRow.Unchanged => Goals.Verdict(step.GraphRequests <= Goals.UnchangedRescanRequests,
            Invariant($"≤ {Goals.UnchangedRescanRequests} requests"), Invariant($"{step.GraphRequests}")),
        ScanRow.FirstScan when row.Messages >= Goals.FirstScanGoalMessages && step.PeakIsolated =>
            Goals.Verdict(ours / MiB < Goals.FirstScanOursMiB, Invariant($"ours < {Goals.FirstScanOursMiB:F0} MiB"), Mib(ours)),
        _ => "",
    };

    private static string RoundGoal(StepFigures round, double cpuMs) => round.Step == RoundRow.Steady
        ? Goals.Verdict(cpuMs <= Goals.SteadyRoundCpuMsPerRep, Invariant($"≤ {Goals.SteadyRoundCpuMsPerRep:F0} ms CPU per rep"), Invariant($"{cpuMs:F0} ms"))
        : "";

    private const double MiB = 1024.0 * 1024;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Mib(long bytes) => Invariant($"{bytes / MiB:F0} MiB");
}
