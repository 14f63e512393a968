using System.Diagnostics;
using System.Text.Json;
using OutlookReferral.Bench;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Rounds;
using OutlookReferral.Bench.Scans;

namespace OutlookReferral.Tests.Bench;

/// <summary>
/// The bench's quick mode, run as a reader would run it (its own process, <c>--quick</c>): the mail-scan and
/// background-round rows come out with figures that make sense. Figures only, never a time limit.
/// </summary>
public class QuickBenchTests
{
    private static (int ExitCode, string Stdout, string Stderr, BenchResults Results) RunQuick()
    {
        var json = Path.Combine(Directory.CreateTempSubdirectory("outlookreferral-quick-bench-").FullName, "figures.json");
        var start = new ProcessStartInfo(Muxer())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "OutlookReferral.Bench.dll"), "--quick", "--json", json })
        {
            start.ArgumentList.Add(argument);
        }
        using var bench = Process.Start(start)!;
        var stdout = bench.StandardOutput.ReadToEndAsync();
        var stderr = bench.StandardError.ReadToEndAsync();
        bench.WaitForExit();
        var results = File.Exists(json) ? JsonSerializer.Deserialize<BenchResults>(File.ReadAllText(json))! : new BenchResults([], [], [], []);
        return (bench.ExitCode, stdout.Result, stderr.Result, results);
    }

    private static string Muxer() =>
        Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..",
            OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));

    private static StepFigures Step(IEnumerable<StepFigures> steps, string name) => steps.Single(s => s.Step == name);

    [Test]
    public void QuickModePrintsSaneMailScanAndRoundFigures()
    {
        var (exitCode, stdout, stderr, results) = RunQuick();
        TestContext.Out.WriteLine(stdout);

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.Multiple(() =>
        {
            Assert.That(results.Scans, Is.Not.Empty, "mail-scan rows");
            foreach (var row in results.Scans)
            {
                var first = Step(row.Steps, ScanRow.FirstScan);
                var unchanged = Step(row.Steps, ScanRow.Unchanged);
                Assert.That(first.GraphRequests, Is.Positive, "the first scan reads the mailbox");
                Assert.That(unchanged.GraphRequests, Is.LessThanOrEqualTo(first.GraphRequests), "nothing new costs no more than the first scan");
                Assert.That(Step(row.Steps, ScanRow.AfterNewMail).GraphRequests, Is.Positive, "new mail is read");
                Assert.That(row.Steps.Select(s => s.Step), Is.EqualTo(new[] { ScanRow.FirstScan, ScanRow.Unchanged, ScanRow.AfterNewMail, ScanRow.Track, ScanRow.AfterTracking }));
                Assert.That(row.Steps.Where(s => s.Step != ScanRow.Track).Select(s => s.AllocatedBytes), Has.All.Positive, "every scan allocates");
                Assert.That(first.CpuSeconds, Is.Positive);
                Assert.That(first.PeakWorkingSetBytes, Is.GreaterThan(row.BaselineWorkingSetBytes / 2), "a peak of the process, not a stray figure");
                Assert.That(stdout, Does.Contain($"| {row.Referrals} | {ScanRow.FirstScan} | {first.GraphRequests} |"), "the table prints the figures");
                Assert.That(stdout, Does.Contain($"| {row.Referrals} | {ScanRow.Unchanged} | {unchanged.GraphRequests} |"));
            }
            // Each engine on one instance and two: the hosts' RepScanner called directly, and the hosts' Quartz jobs (which
            // fail the row unless every rep got exactly one new scan row per round).
            Assert.That(results.Rounds.Select(r => (r.Spec.Engine, r.Spec.Instances)),
                Is.EqualTo(new[] { (RoundRow.Direct, 1), (RoundRow.Direct, 2), (RoundRow.Quartz, 1), (RoundRow.Quartz, 2) }));
            foreach (var row in results.Rounds)
            {
                var first = Step(row.Rounds, RoundRow.First);
                Assert.That(first.GraphRequests, Is.GreaterThanOrEqualTo(row.Spec.Reps), "every rep's mailbox is read in the first round");
                Assert.That(Step(row.Rounds, RoundRow.Steady).GraphRequests, Is.LessThanOrEqualTo(first.GraphRequests));
                Assert.That(row.Rounds.Select(r => r.CpuSeconds), Has.All.Positive);
                Assert.That(stdout, Does.Contain(FormattableString.Invariant($"| {row.Spec.Engine} | {row.Spec.Instances} | {RoundRow.First} | {row.Spec.Reps:N0} × {row.Spec.MessagesPerRep:N0} |")));
            }
            Assert.That(stdout, Does.Contain("Sanity check passed"));
        });
    }
}
