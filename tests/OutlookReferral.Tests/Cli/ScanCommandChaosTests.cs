using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Cli;

/// <summary>The scan command against a Graph that fails: the same JSON, byte for byte, or a clean exit 3.</summary>
public class ScanCommandChaosTests
{
    private static readonly string DemoFolder = Path.Combine(AppContext.BaseDirectory, "demo-mailbox");

    private static Task<(int ExitCode, string Output, string Error)> Run(params string[] args) =>
        ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookReferral.Api.dll"), "scan", "--mailbox", DemoFolder, .. args]);

    [TestCase("7")]
    [TestCase("1234")]
    public async Task AtTwentyPercentFailuresTheJsonIsByteForByteTheCleanScans(string seed)
    {
        var clean = await Run();
        var chaos = await Run("--chaos", "0.2", "--chaos-seed", seed, "--chaos-retry-after", "0");

        Assert.Multiple(() =>
        {
            Assert.That(clean.ExitCode, Is.Zero, clean.Error);
            Assert.That(chaos.ExitCode, Is.Zero, chaos.Error);
            Assert.That(chaos.Output, Is.EqualTo(clean.Output));
            Assert.That(clean.Output, Does.Contain("\"referrals\""));
        });
    }

    [Test]
    public async Task AtSixtyPercentTheScanIsTheCleanOneOrFailsCleanly()
    {
        var clean = await Run();
        var chaos = await Run("--chaos", "0.6", "--chaos-seed", "3", "--chaos-retry-after", "0");

        if (chaos.ExitCode == 0)
        {
            Assert.That(chaos.Output, Is.EqualTo(clean.Output));
        }
        else
        {
            AssertCleanGraphFailure(chaos);
        }
    }

    [Test]
    public async Task AGraphThatNeverAnswersEndsWithExitCodeThreeAndOneLine()
    {
        var chaos = await Run("--chaos", "1", "--chaos-retry-after", "0");

        AssertCleanGraphFailure(chaos);
    }

    [TestCase("--chaos", "1.5")]
    [TestCase("--chaos", "often")]
    [TestCase("--chaos-seed", "x")]
    [TestCase("--chaos-retry-after", "-1")]
    public async Task BadChaosSettingsAreRefusedWithUsage(string option, string value)
    {
        var (code, _, stderr) = await Run(option, value);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain(option).And.Contain("usage"));
        });
    }

    private static void AssertCleanGraphFailure((int ExitCode, string Output, string Error) run)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(3), run.Error);
            Assert.That(run.Output, Is.Empty);
            Assert.That(lines, Has.Length.EqualTo(1), run.Error);
            Assert.That(run.Error, Does.Match(@"^scan: Microsoft Graph answered (429 TooManyRequests|503 ServiceNotAvailable|504 UnknownError)"));
            Assert.That(run.Error, Does.Not.Contain(" at "));
        });
    }
}
