using OutlookReferral.Cli;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Cli;

/// <summary>The emulator lives at the replay's now (scan --now, or mailbox.json), never at the machine's date.</summary>
public class ReplayClockTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    // Kim missed a meeting whose report Teams publishes an hour after the replay's now: long past on this machine's clock.
    private static MailboxFolder Story() => MailboxFolder.Load(new MailboxFolderBuilder()
        .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
        .Sent(Now.AddDays(-10), "George Smith suggested we connect", "kim@fabrikam.com")
        .Event("ev-kim", Now.AddHours(-3), 30, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/kim")
        .Attendance("https://teams.example/meet/kim", Now.AddHours(-3), 30, [MailboxFolderBuilder.RepAddress], availableAfter: Now.AddHours(1))
        .Write(Now));

    [Test]
    public async Task AReportPublishedAfterNowIsNotVisibleYet()
    {
        var report = await ScanCommand.ScanAsync(Story(), Now, 120, CancellationToken.None);

        Assert.That(report.Referrals.Single().NoShows, Is.Empty);
    }

    [Test]
    public async Task TheSameReportIsVisibleToAReplayLaterThanItsPublication()
    {
        var report = await ScanCommand.ScanAsync(Story(), Now.AddHours(2), 120, CancellationToken.None);

        Assert.That(report.Referrals.Single().NoShows.Select(n => n.EventId), Is.EqualTo(new[] { "ev-kim" }));
    }

    [Test]
    public void AnEmulatorGivenNoClockRunsAtTheMailboxsCaptureTime() =>
        Assert.That(ReplayTime.For(Story()).GetUtcNow(), Is.EqualTo(Now));
}
