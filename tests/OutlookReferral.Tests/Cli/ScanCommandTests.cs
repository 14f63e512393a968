using System.Diagnostics;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Cli;

/// <summary>The scan command as a person runs it: a real process, JSON on stdout, one-line errors.</summary>
public class ScanCommandTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    private static string Story() => new MailboxFolderBuilder()
        .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
        .Referral("Pat Away", "pat@wingtip.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
        .Sent(Now.AddDays(-9).AddHours(-1), "Referred by George Smith", "kim@fabrikam.com")
        .Sent(Now.AddDays(-3), "Referred by George Smith", "pat@wingtip.com")
        .Received(Now.AddDays(-3).AddMinutes(1), "Automatic reply: Referred by George Smith", "pat@wingtip.com",
            "I am out of the office until December 1, 2026.", ("Auto-Submitted", "auto-replied"))
        .Write(Now);

    [Test]
    public async Task PrintsTheContractAsJson()
    {
        var (code, stdout, stderr) = await Run("scan", "--mailbox", Story(), "--now", "2026-11-23T15:00:00Z");

        var referrals = JsonNode.Parse(stdout)!["referrals"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, stderr);
            Assert.That(referrals[0]!.AsObject().Select(p => p.Key),
                Is.SupersetOf(new[] { "prospect", "source", "state", "silentDays", "nextStep", "pausedUntil" }));
            Assert.That(referrals[0]!.ToJsonString(), Is.EqualTo(
                """{"prospect":"kim@fabrikam.com","source":"george@adatum.com","state":"quiet","silentDays":9,"nextStep":"second-note","pausedUntil":null,"noShows":[],"unconfirmedMeetings":[]}"""));
            Assert.That((string?)referrals[1]!["state"], Is.EqualTo("paused"));
            Assert.That((string?)referrals[1]!["pausedUntil"], Is.EqualTo("2026-12-01"));
        });
    }

    private static MailboxFolderBuilder WithIntroduction() => new MailboxFolderBuilder()
        .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
        .ReceivedWith(Now.AddDays(-10), "Introduction: Dana Cho, meet Sam Rivera", "priya@relecloud.com",
            [MailboxFolderBuilder.RepAddress, "dana@northwindtraders.com"], preview: "Dana, I'd like you to meet Sam. You two should talk.");

    [Test]
    public async Task IntroductionsFoundButNotTrackedAreListed()
    {
        var builder = WithIntroduction();
        var folder = builder.Write(Now);

        var (code, stdout, stderr) = await Run("scan", "--mailbox", folder);

        var report = JsonNode.Parse(stdout)!;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, stderr);
            Assert.That(report["introductions"]!.ToJsonString(), Is.EqualTo(
                $$"""[{"source":"priya@relecloud.com","prospect":"dana@northwindtraders.com","messageId":"{{ImmutableIds.ToImmutable(builder.LastId)}}"}]"""),
                "the scan reads immutable ids, as it asks Graph to");
            Assert.That(report["referrals"]!.AsArray().Select(r => (string?)r!["prospect"]), Is.EqualTo(new[] { "kim@fabrikam.com" }));
        });
    }

    [Test]
    public async Task WithoutAReferralListEveryIntroductionFoundIsTracked()
    {
        var folder = WithIntroduction().Sent(Now.AddDays(-9), "Priya Shah suggested we connect", "dana@northwindtraders.com").Write(Now, withReferrals: false);

        var (_, stdout, _) = await Run("scan", "--mailbox", folder);

        var report = JsonNode.Parse(stdout)!;
        Assert.Multiple(() =>
        {
            Assert.That(report["referrals"]!.ToJsonString(), Is.EqualTo(
                """[{"prospect":"dana@northwindtraders.com","source":"priya@relecloud.com","state":"quiet","silentDays":9,"nextStep":"second-note","pausedUntil":null,"noShows":[],"unconfirmedMeetings":[]}]"""));
            Assert.That(report["introductions"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task NoShowsAndUnconfirmedMeetingsArePartOfTheContract()
    {
        var missed = Now.AddDays(-2);
        var call = Now.AddDays(-1);
        var folder = new MailboxFolderBuilder()
            .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
            .Referral("Ana Diaz", "ana@litware.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
            .Event("ev-teams", missed, 30, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/1")
            .Attendance("https://teams.example/meet/1", missed, 30, [MailboxFolderBuilder.RepAddress])
            .Event("ev-phone", call, 30, "Phone call", ["ana@litware.com"])
            .Write(Now);

        var (_, stdout, stderr) = await Run("scan", "--mailbox", folder);

        var referrals = JsonNode.Parse(stdout)!["referrals"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That((string?)referrals[0]!["state"], Is.EqualTo("no-show"), stderr);
            Assert.That((string?)referrals[0]!["nextStep"], Is.EqualTo("sorry-i-missed-you"));
            var noShow = referrals[0]!["noShows"]!.AsArray().Single()!;
            Assert.That(noShow.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "eventId", "start", "evidence" }));
            Assert.That((string?)noShow["eventId"], Is.EqualTo("ev-teams"));
            Assert.That((DateTimeOffset?)noShow["start"], Is.EqualTo(missed));
            Assert.That((string?)noShow["evidence"], Is.EqualTo("attendance-report"));
            var unconfirmed = referrals[1]!["unconfirmedMeetings"]!.AsArray().Single()!;
            Assert.That((string?)unconfirmed["eventId"], Is.EqualTo("ev-phone"));
            Assert.That((DateTimeOffset?)unconfirmed["start"], Is.EqualTo(call));
            Assert.That(stdout, Does.Contain("\"start\": \"2026-11-21T15:00:00+00:00\""), "ISO timestamps, readable");
        });
    }

    [Test]
    public async Task NowDefaultsToWhenTheMailboxWasCaptured()
    {
        var (_, stdout, _) = await Run("scan", "--mailbox", Story());

        Assert.That((int?)JsonNode.Parse(stdout)!["referrals"]![0]!["silentDays"], Is.EqualTo(9));
    }

    [Test]
    public async Task MissingFolderIsOneLineAndNonZero()
    {
        var (code, stdout, stderr) = await Run("scan", "--mailbox", "/no/such/mailbox");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Not.Zero);
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("/no/such/mailbox"));
        });
    }

    [Test]
    public async Task MalformedFileIsOneLineAndNonZero()
    {
        var folder = Story();
        await File.WriteAllTextAsync(Path.Combine(folder, "inbox.json"), "{\"value\": [ {\"id\": ");

        var (code, _, stderr) = await Run("scan", "--mailbox", folder);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Not.Zero);
            Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("inbox.json"));
        });
    }

    [TestCase("--now", "yesterday")]
    [TestCase("--colour", "blue")]
    public async Task BadArgumentsAreOneLineAndNonZero(string option, string value)
    {
        var (code, _, stderr) = await Run("scan", "--mailbox", Story(), option, value);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain(option).And.Contain("usage"));
        });
    }

    /// <summary>Runs the built API assembly the way `dotnet run --project api -- ...` does.</summary>
    private static Task<(int ExitCode, string Output, string Error)> Run(params string[] args) =>
        ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookReferral.Api.dll"), .. args]);
}
