using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>The follow-up list as a rep sees it: content, progress, keyboard, errors, empty state, Outlook or not.</summary>
[NonParallelizable]
public sealed class TaskPaneBrowserTests : TaskPaneBrowser
{
    [Test]
    public async Task GoneQuietProspectsComeFirstWithSourceSilenceAndNextStep()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-host", "browser");
        await Expect(page.Locator("#rep")).ToContainTextAsync("Sam Rivera");
        Assert.That(await SectionTitlesAsync(page), Is.EqualTo(new[]
        {
            "Gone quiet 2", "Needs your reply 1", "Not contacted yet 1", "Waiting 1", "Out of office 1", "Closed 1",
        }));

        // Most silent first, as the API sorts them.
        var quiet = page.Locator("#section-quiet li.card");
        await Expect(quiet.Locator("h3")).ToHaveTextAsync(["Tomás Ortega", "Priya Natarajan"]);
        await ExpectCardAsync(quiet.Nth(0), "Introduced by Aisha Khan", "25 days silent", "Ask Aisha for help");
        await ExpectCardAsync(quiet.Nth(1), "Introduced by George Miller", "9 days silent", "Second note");

        await ExpectCardAsync(Card(page, "Lena Fischer"), "Introduced by George Miller", "First reach-out");
        await ExpectCardAsync(Card(page, "Marcus Chen"), "Replied 5 Nov", "Reply to Marcus");
        await ExpectCardAsync(Card(page, "Sven Larsen"), "Out of office until 1 Dec");
        await ExpectCardAsync(Card(page, "Hannah Weber"), "4 days since your note", "Follow up from 26 Nov");
        await ExpectCardAsync(Card(page, "Olivia Brooks"), "Closed 30 Oct", "Lost");

        Assert.That(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(PaneWidth),
            "the pane scrolls sideways at 320 px");
        Assert.That(await LowContrastTextAsync(page), Is.Empty);

        var screenshot = Path.Combine(Path.GetTempPath(), "outlookreferral-taskpane-320.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.Out.WriteLine($"Screenshot: {screenshot}");
    }

    [Test]
    public async Task StoredListShowsAtOnceWhileTheScanReportsProgress()
    {
        var release = new TaskCompletionSource();
        try
        {
            var page = await OpenPaneAsync(p => p.RouteAsync("**/api/scan", async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            }));

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Checking your mailbox…");
            await Expect(page.Locator(".spinner")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Refresh" })).ToHaveAttributeAsync("aria-disabled", "true");
            await Expect(Card(page, "Priya Natarajan")).ToContainTextAsync("Introduced by George Miller");
            Assert.That(await LowContrastTextAsync(page), Is.Empty);

            release.SetResult();
            await ExpectScanFinishedAsync(page);
            await Expect(Card(page, "Priya Natarajan")).ToContainTextAsync("9 days silent");
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Test]
    public async Task KeyboardAloneReachesRefreshAndStartsAScan()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        await page.Keyboard.PressAsync("Tab");
        var refresh = page.GetByRole(AriaRole.Button, new() { Name = "Refresh" });
        await Expect(refresh).ToBeFocusedAsync();
        Assert.That(await refresh.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle"), Is.Not.EqualTo("none"),
            "keyboard focus must be visible");

        var scan = page.WaitForRequestAsync(r => r.Method == "POST" && r.Url.EndsWith("/api/scan", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await scan;
        await ExpectScanFinishedAsync(page);

        // Busy controls stay focusable (aria-disabled), so focus is where the rep left it.
        await Expect(refresh).ToBeFocusedAsync();
    }

    [Test]
    public async Task ProblemDetailsAreShownInWordsAndRetryRecovers()
    {
        var page = await OpenPaneAsync(p => p.RouteAsync("**/api/referrals", route => route.FulfillAsync(new()
        {
            Status = 500,
            ContentType = "application/problem+json",
            Body = """
                {"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"The referral store is unavailable",
                 "status":500,"detail":"The database did not answer in time."}
                """,
        })));

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("We couldn't load your follow-ups");
        await Expect(alert).ToContainTextAsync("The referral store is unavailable");
        await Expect(alert).ToContainTextAsync("The database did not answer in time.");
        await Expect(page.Locator("li.card")).ToHaveCountAsync(0);
        Assert.That(await LowContrastTextAsync(page), Is.Empty);

        await page.UnrouteAsync("**/api/referrals");
        // By keyboard: Refresh, then Retry.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Retry" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await ExpectScanFinishedAsync(page);
        await Expect(alert).ToBeEmptyAsync();
        await ExpectCardAsync(Card(page, "Priya Natarajan"), "9 days silent", "Second note");
    }

    [Test]
    public async Task UnreachableApiIsExplainedNotShownAsACode()
    {
        var page = await OpenPaneAsync(p => p.RouteAsync("**/api/referrals", route => route.AbortAsync("connectionrefused")));

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Can't reach the OutlookReferral service.");
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Retry" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task EmptyListSaysWhatToDo()
    {
        const string Empty = """{"referrals":[],"lastScanAt":null}""";
        const string EmptyScan = """{"scannedAt":"2026-11-23T15:00:00Z","graphRequests":3,"messagesRead":0,"referrals":[]}""";
        var page = await OpenPaneAsync(async p =>
        {
            await p.RouteAsync("**/api/referrals", route => route.FulfillAsync(new() { ContentType = "application/json", Body = Empty }));
            await p.RouteAsync("**/api/scan", route => route.FulfillAsync(new() { ContentType = "application/json", Body = EmptyScan }));
        });
        await ExpectScanFinishedAsync(page);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No referrals tracked yet" })).ToBeVisibleAsync();
        await Expect(page.Locator(".empty-state")).ToContainTextAsync("track that referral");
    }

    [Test]
    public async Task InsideOutlookTheListStillRenders()
    {
        var page = await OpenPaneAsync(officeStub: OutlookStub);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-host", "outlook");
        await ExpectScanFinishedAsync(page);
        Assert.That((await SectionTitlesAsync(page))[0], Is.EqualTo("Gone quiet 2"));
        await ExpectCardAsync(Card(page, "Priya Natarajan"), "Introduced by George Miller", "9 days silent", "Second note");
    }

    // Office.js as a plain browser tab sees it (no host), and blocked half-way (onReady never settles).
    [TestCase("window.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };", TestName = "OfficeWithoutAHostMeansBrowserMode")]
    [TestCase("window.Office = { onReady: () => new Promise(() => {}) };", TestName = "OfficeThatNeverGetsReadyMeansBrowserMode")]
    public async Task OfficeOutsideOutlookFallsBackToBrowserMode(string officeStub)
    {
        var page = await OpenPaneAsync(officeStub: officeStub);

        await ExpectScanFinishedAsync(page);
        await ExpectCardAsync(Card(page, "Priya Natarajan"), "9 days silent", "Second note");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-host", "browser");
    }

    [TestCase("Privacy", "What it keeps", TestName = "ThePaneLinksToWhatItDoesWithTheRepsData")]
    [TestCase("Terms of use", "you are responsible for what you send", TestName = "ThePaneLinksToItsTermsOfUse")]
    public async Task ThePaneLinksToItsPrivacyAndTerms(string link, string text)
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        var popupOpened = page.WaitForPopupAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        var popup = await popupOpened;

        await Expect(popup.Locator("main")).ToContainTextAsync(text);
        Assert.That(await LowContrastTextAsync(page), Is.Empty);
    }
}
