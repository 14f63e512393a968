using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The pane while Microsoft 365 is busy (the emulator's chaos mode at 100%): the last results stay with their time,
/// the status says it is trying again, and it does so on its own. A meeting Graph refused says why.
/// </summary>
[NonParallelizable]
public sealed class BusyGraphPaneTests : TaskPaneBrowser
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox()
    {
        var start = Now.AddDays(-2);
        const string url = "https://teams.example/meet/lee";
        var folder = new MailboxFolderBuilder()
            .Referral("Lee Park", "lee@wingtip.example", "George Smith", "gsmith@adatum.example", Now.AddDays(-20))
            .Sent(Now.AddDays(-10), "George Smith suggested we connect", "lee@wingtip.example")
            .Event("ev-lee", start, 30, "Intro call", ["lee@wingtip.example"], joinUrl: url)
            .Attendance(url, start, 30, [MailboxFolderBuilder.RepAddress])
            .Write(Now);
        // A colleague set up the Teams meeting: Graph refuses its attendance to the rep (403).
        var path = Path.Combine(folder, "onlineMeetings.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"joinWebUrl\"",
            "\"participants\":{\"organizer\":{\"identity\":{\"user\":{\"id\":\"a-colleague\"}}}},\"joinWebUrl\"", StringComparison.Ordinal));
        return folder;
    }

    private GraphChaos Chaos => Api.Services.GetRequiredService<GraphChaos>();

    [Test, Order(1)]
    public async Task AMeetingGraphRefusedAsksTheRepAndSaysWhy()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        var lee = page.Locator("#followups li.card").Filter(new() { HasText = "Lee Park" });
        await Expect(lee.Locator(".card-settle")).ToContainTextAsync("Did they show?");
        await Expect(lee.Locator(".card-settle-note")).ToHaveTextAsync("Attendance not available: organised by someone else.");
    }

    [Test, Order(2)]
    public async Task WhileMicrosoft365IsBusyThePaneKeepsTheLastResultsAndRetriesOnItsOwn()
    {
        Chaos.Options.RetryAfterSeconds = 0;
        Chaos.FailureRate = 1;
        try
        {
            var page = await OpenPaneAsync();

            var status = page.GetByRole(AriaRole.Status);
            await Expect(status).ToHaveTextAsync("Last checked 15:00 — Microsoft 365 is busy, trying again");
            await Expect(page.Locator("#followups li.card").Filter(new() { HasText = "Lee Park" })).ToBeVisibleAsync();
            await Expect(page.Locator("#problem")).ToBeEmptyAsync();

            // Microsoft 365 recovers; nobody clicks anything.
            var retried = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/scan", StringComparison.Ordinal) && r.Status == 200);
            Chaos.FailureRate = 0;
            await retried;
            await Expect(status).Not.ToContainTextAsync("busy");
            await ExpectScanFinishedAsync(page);
        }
        finally
        {
            Chaos.FailureRate = 0;
        }
    }
}
