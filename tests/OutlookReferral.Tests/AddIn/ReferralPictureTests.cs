using Microsoft.Playwright;
using OutlookReferral.Tests.Platform;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The referral picture over the built-in demo mailbox: the pipeline bar, a timeline per card, the Sources view,
/// scan progress and Outlook's theme, by mouse and by keyboard alone, at Outlook's narrow and wide pane widths.
/// </summary>
[NonParallelizable]
public sealed class ReferralPictureTests : TaskPaneBrowser
{
    /// <summary>Outlook's narrow (web) and wide (desktop) task pane.</summary>
    private static readonly int[] Widths = [320, 500];

    /// <summary>A copy of the built-in demo mailbox: the fixture deletes its folder afterwards.</summary>
    protected override string WriteMailbox()
    {
        var copy = Directory.CreateTempSubdirectory("outlookreferral-demo-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "demo-mailbox")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }

    /// <summary>
    /// Office.js as Outlook presents it, with its theme: every message or meeting the pane opens is recorded in
    /// <c>window.__opened</c>; EWS ids are the REST id with a prefix, so the test can tell which was converted.
    /// </summary>
    private static string Outlook(string? bodyBackground = null) => """
        window.__opened = [];
        window.__themeHandlers = [];
        window.Office = {
          HostType: { Outlook: "Outlook" },
          EventType: { OfficeThemeChanged: "officeThemeChanged" },
          MailboxEnums: { RestVersion: { v2_0: "v2.0" } },
          context: {
            officeTheme: __THEME__,
            mailbox: {
              item: null,
              userProfile: { displayName: "Sam Rivera", emailAddress: "sam@contoso.com", timeZone: "Pacific Standard Time" },
              addHandlerAsync(type, handler, callback) {
                if (type === "officeThemeChanged") window.__themeHandlers.push(handler);
                if (callback) callback({ status: "succeeded" });
              },
              convertToEwsId(id, version) { return "EWS-" + id; },
              displayMessageForm(id) { window.__opened.push("message:" + id); },
              displayAppointmentForm(id) { window.__opened.push("meeting:" + id); },
            },
          },
          onReady(callback) {
            const info = { host: "Outlook", platform: "OfficeOnline" };
            if (callback) callback(info);
            return Promise.resolve(info);
          },
        };
        """.Replace("__THEME__", bodyBackground is null ? "undefined" : $"{{ bodyBackgroundColor: \"{bodyBackground}\" }}", StringComparison.Ordinal);

    private static ILocator Timeline(IPage page, string prospect) =>
        page.GetByRole(AriaRole.List, new() { Name = $"Timeline for {prospect}", Exact = true });

    private static ILocator Segment(IPage page, string name) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Show only one state" }).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static async Task ExpectCleanAsync(IPage page, int width)
    {
        Assert.That(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(width),
            $"the pane scrolls sideways at {width} px");
        Assert.That(await LowContrastTextAsync(page), Is.Empty);
    }

    [TestCaseSource(nameof(Widths))]
    public async Task ATimelineIsFetchedOnceWhenOpenedAndEachMessageOpensInOutlook(int width)
    {
        var timelineCalls = new List<string>();
        var page = await OpenPaneAsync(p =>
        {
            p.Request += (_, request) =>
            {
                if (request.Url.Contains("/api/referrals/", StringComparison.Ordinal) && request.Url.EndsWith("/timeline", StringComparison.Ordinal))
                {
                    timelineCalls.Add(request.Url);
                }
            };
            return Task.CompletedTask;
        }, Outlook(), width);
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-host", "outlook");
        Assert.That(timelineCalls, Is.Empty, "no timeline is read before its card is opened");

        var card = Card(page, "Jordan Lee");
        var toggle = card.GetByRole(AriaRole.Button, new() { Name = "Timeline for Jordan Lee" });
        await toggle.ClickAsync();

        var timeline = Timeline(page, "Jordan Lee");
        var entries = timeline.Locator("li");
        await Expect(entries.First).ToContainTextAsync("Introduced by Olivia Grant");
        // 2 Nov 18:50 UTC is 10:50 in the rep's Pacific time.
        await Expect(entries.First).ToContainTextAsync("10:50 PST");
        await Expect(timeline).ToContainTextAsync("Jordan answered");
        await Expect(timeline).ToContainTextAsync("Meeting held");
        await Expect(entries.Last).ToContainTextAsync("Next: Update Olivia");
        await Expect(entries.Last).ToContainTextAsync("Due since");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await ExpectCleanAsync(page, width);

        await entries.First.GetByRole(AriaRole.Button, new() { NameRegex = new("^Open message") }).ClickAsync();
        var opened = await page.EvaluateAsync<string[]>("() => window.__opened");
        Assert.That(opened, Has.Length.EqualTo(1));
        Assert.That(opened[0], Does.StartWith("message:EWS-"), "displayMessageForm gets the EWS id of the entry's message");

        await timeline.Locator("li", new() { HasText = "Meeting held" }).GetByRole(AriaRole.Button, new() { NameRegex = new("^Open meeting") }).ClickAsync();
        Assert.That(await page.EvaluateAsync<string[]>("() => window.__opened"), Has.Some.StartsWith("meeting:EWS-"));

        // Closing and opening again reads nothing more: one call per card opened.
        await toggle.ClickAsync();
        await Expect(timeline).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Expect(timeline).ToBeVisibleAsync();
        Assert.That(timelineCalls, Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(Widths))]
    public async Task ATimelineOpensAndOpensAMessageByKeyboardAlone(int width)
    {
        var page = await OpenPaneAsync(officeStub: Outlook(), width: width);
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-host", "outlook");
        var card = Card(page, "Lena Fischer");

        // From the card's More button, Tab reaches Timeline.
        await card.GetByRole(AriaRole.Button, new() { Name = "More for Lena Fischer" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var toggle = card.GetByRole(AriaRole.Button, new() { Name = "Timeline for Lena Fischer" });
        await Expect(toggle).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        var timeline = Timeline(page, "Lena Fischer");
        await Expect(timeline).ToContainTextAsync("Meeting missed by Lena");
        await Expect(timeline.Locator("li").Last).ToContainTextAsync("Next: Sorry I missed you");
        await page.Keyboard.PressAsync("Tab");
        await Expect(timeline.Locator("li").First.GetByRole(AriaRole.Button)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateAsync<string[]>("() => window.__opened"), Has.Length.EqualTo(1));

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(timeline).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [TestCaseSource(nameof(Widths))]
    public async Task ThePipelineBarCountsEachStateAndAClickFiltersTheList(int width)
    {
        var page = await OpenPaneAsync(width: width);
        await ExpectScanFinishedAsync(page);

        var summary = page.Locator("#pipeline-summary");
        await Expect(summary).ToHaveTextAsync("17 referrals: 1 missed a meeting, 5 gone quiet, 3 needs your reply, 2 not contacted yet, 2 waiting, 1 out of office, 3 closed.");
        var quiet = Segment(page, "5 gone quiet");
        var missed = Segment(page, "1 missed a meeting");
        // Sized by count: five quiet prospects take more room than one missed meeting.
        var quietBox = await quiet.BoundingBoxAsync();
        var missedBox = await missed.BoundingBoxAsync();
        Assert.That(quietBox!.Width, Is.GreaterThan(missedBox!.Width));
        Assert.That(missedBox.Height, Is.GreaterThanOrEqualTo(24), "a target at least 24 px high (WCAG 2.5.8)");

        await quiet.ClickAsync();
        await Expect(quiet).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.That(await SectionTitlesAsync(page), Is.EqualTo(new[] { "Gone quiet 5" }));
        await Expect(page.Locator(".pipeline-filter")).ToContainTextAsync("Showing only: Gone quiet.");
        await ExpectCleanAsync(page, width);

        await page.GetByRole(AriaRole.Button, new() { Name = "Show all" }).ClickAsync();
        Assert.That(await SectionTitlesAsync(page), Has.Length.EqualTo(7));

        // Keyboard: Enter filters, Space on the pressed segment shows all again; focus stays on the segment.
        await missed.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await SectionTitlesAsync(page), Is.EqualTo(new[] { "Missed a meeting 1" }));
        await Expect(Segment(page, "1 missed a meeting")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.That(await SectionTitlesAsync(page), Has.Length.EqualTo(7));
        await Expect(Segment(page, "1 missed a meeting")).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [TestCaseSource(nameof(Widths))]
    public async Task SourcesOwedAnUpdateComeFirstAndOneClickDraftsTheThankYouOnce(int width)
    {
        var page = await OpenPaneAsync(width: width);
        await ExpectScanFinishedAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sources" }).ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Sources", Exact = true });
        await Expect(heading).ToBeFocusedAsync();
        await Expect(page.Locator("#followups")).ToBeHiddenAsync();
        var cards = page.Locator("li.source-card");
        await Expect(cards.First).ToHaveAttributeAsync("data-owed", "true");
        var owed = await cards.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.owed)");
        Assert.That(owed, Is.EqualTo(owed.OrderByDescending(o => o == "true").ToArray()), "sources owed an update come first");
        Assert.That(owed, Does.Contain("false"), "the demo has sources that are up to date too");

        var olivia = cards.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Olivia Grant" }) });
        await Expect(olivia).ToContainTextAsync("1 introduction: 1 met");
        await Expect(olivia).ToContainTextAsync("Owed an update");
        await ExpectCleanAsync(page, width);

        var thank = olivia.GetByRole(AriaRole.Button, new() { Name = "Draft thank-you to Olivia about Jordan Lee" });
        await thank.ClickAsync();
        var preview = page.Locator("dialog#draft-preview");
        // The fixture's mailbox is shared by both widths: the other may have written this draft already.
        await Expect(preview.GetByRole(AriaRole.Heading, new() { NameRegex = new("^(Draft saved|Already in your Drafts)$") })).ToBeVisibleAsync();
        await Expect(preview.Locator(".preview-subject")).ToContainTextAsync("Thank you for introducing Jordan Lee");
        await Expect(preview.Locator(".preview-to")).ToContainTextAsync("Olivia Grant");
        await page.Keyboard.PressAsync("Escape");

        // By keyboard, the same draft again: found, not written twice.
        await thank.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Already in your Drafts" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");

        await page.GetByRole(AriaRole.Button, new() { Name = "Follow-ups" }).ClickAsync();
        await Expect(page.Locator("#followups")).ToBeVisibleAsync();
        await Expect(page.Locator("#sources-view")).ToBeHiddenAsync();
    }

    [Test]
    public async Task TheFirstScanShowsARealProgressBarAndARescanOnlyAQuietLine()
    {
        var release = new TaskCompletionSource();
        var progress = """{"running":true,"firstScan":true,"folder":"Inbox","pages":3,"messagesRead":1200,"fraction":0.42,"startedAt":"2026-11-23T15:00:00Z"}""";
        try
        {
            var page = await OpenPaneAsync(async p =>
            {
                await p.RouteAsync("**/api/scan", async route =>
                {
                    await release.Task;
                    await route.ContinueAsync();
                });
                await p.RouteAsync("**/api/scan/progress", route => route.FulfillAsync(new() { ContentType = "application/json", Body = progress }));
            });

            var bar = page.GetByRole(AriaRole.Progressbar, new() { Name = "First look through your mailbox" });
            await Expect(bar).ToBeVisibleAsync();
            Assert.That(await bar.EvaluateAsync<double>("b => b.value"), Is.EqualTo(0.42).Within(0.001));
            await Expect(page.Locator("#scan-progress")).ToContainTextAsync("42% · Reading Inbox: 3 pages, 1,200 messages");
            await Expect(page.Locator(".spinner")).ToBeHiddenAsync();
            Assert.That(await LowContrastTextAsync(page), Is.Empty);

            progress = """{"running":true,"firstScan":false,"folder":"Sent Items","pages":1,"messagesRead":50,"fraction":0.6,"startedAt":"2026-11-23T15:00:00Z"}""";
            await Expect(page.Locator("#scan-progress")).ToHaveTextAsync("Reading Sent Items: 1 page, 50 messages");
            await Expect(bar).ToHaveCountAsync(0);
            await Expect(page.Locator(".spinner")).ToBeVisibleAsync();

            // The server's answer once the scan is over: a later poll must not find it still running.
            progress = """{"running":false,"firstScan":false,"folder":null,"pages":0,"messagesRead":0,"fraction":null,"startedAt":null}""";
            release.SetResult();
            await ExpectScanFinishedAsync(page);
            await Expect(page.Locator("#scan-progress")).ToBeHiddenAsync();
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Test]
    public async Task AScanTheBackgroundServiceRanShowsAndThenRefreshesTheList()
    {
        var running = true;
        var listCalls = 0;
        var page = await OpenPaneAsync(async p =>
        {
            await p.Clock.InstallAsync();
            p.Request += (_, r) =>
            {
                if (r.Method == "GET" && r.Url.EndsWith("/api/referrals", StringComparison.Ordinal)) listCalls++;
            };
            await p.RouteAsync("**/api/scan/progress", route => route.FulfillAsync(new()
            {
                ContentType = "application/json",
                Body = running
                    ? """{"running":true,"firstScan":false,"folder":"Inbox","pages":7,"messagesRead":300,"fraction":0.2,"startedAt":"2026-11-23T15:00:00Z","lastScanAt":"2026-11-23T15:00:00Z"}"""
                    : """{"running":false,"firstScan":false,"folder":null,"pages":0,"messagesRead":0,"fraction":null,"startedAt":null,"lastScanAt":"2026-11-24T09:00:00Z"}""",
            }));
        });
        await ExpectScanFinishedAsync(page);
        var before = listCalls;

        // The pane's idle check comes round: a scan it did not start is running.
        await page.Clock.FastForwardAsync("00:16");
        await Expect(page.Locator("#scan-progress")).ToHaveTextAsync("Reading Inbox: 7 pages, 300 messages");

        running = false;
        await page.Clock.FastForwardAsync("00:01");
        await Expect(page.Locator("#scan-progress")).ToBeHiddenAsync();
        await Expect(page.Locator("#followups li.card").First).ToBeVisibleAsync();
        for (var i = 0; i < 100 && listCalls <= before; i++)
        {
            await Task.Delay(100);
        }
        Assert.That(listCalls, Is.GreaterThan(before), "the list was read again after the background scan");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ThePanesOwnScanIsNotTakenForABackgroundOneWhenTheIdleCheckComesRound(bool lateProgress)
    {
        // The pane's own scan is seen running by its fast polls, then ends; the idle check that follows
        // must not mistake it for one the background service ran and re-read (and re-draw) the list.
        // lateProgress: a poll asked while the scan ran is answered ("running") only after the scan's own answer.
        var release = new TaskCompletionSource();
        var scanAnswered = new TaskCompletionSource();
        var polls = 0;
        var finished = false;
        string? lastScanAt = null;
        var listCalls = 0;
        try
        {
            var page = await OpenPaneAsync(async p =>
            {
                await p.Clock.InstallAsync();
                p.Request += (_, r) =>
                {
                    if (r.Method == "GET" && r.Url.EndsWith("/api/referrals", StringComparison.Ordinal)) listCalls++;
                };
                await p.RouteAsync("**/api/scan", async route =>
                {
                    await release.Task;
                    var response = await route.FetchAsync();
                    var summary = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
                    lastScanAt = summary.RootElement.GetProperty("scannedAt").GetString();
                    finished = true;
                    await route.FulfillAsync(new() { Response = response });
                    scanAnswered.TrySetResult();
                });
                await p.RouteAsync("**/api/scan/progress", async route =>
                {
                    var running = !finished;
                    if (lateProgress && running && Interlocked.Increment(ref polls) > 1)
                    {
                        await scanAnswered.Task;
                        await Task.Delay(200);
                    }
                    await route.FulfillAsync(new()
                    {
                        ContentType = "application/json",
                        Body = !running
                            ? $$"""{"running":false,"firstScan":false,"folder":null,"pages":0,"messagesRead":0,"fraction":null,"startedAt":null,"lastScanAt":"{{lastScanAt}}"}"""
                            : """{"running":true,"firstScan":false,"folder":"Inbox","pages":1,"messagesRead":20,"fraction":0.1,"startedAt":"2026-11-23T15:00:00Z","lastScanAt":null}""",
                    });
                });
            });
            await Expect(page.Locator("#scan-progress")).ToHaveTextAsync("Reading Inbox: 1 page, 20 messages");
            // A second poll is asked (and, when late, held) before the scan ends.
            await page.Clock.FastForwardAsync(1000);
            release.SetResult();
            await ExpectScanFinishedAsync(page);
            var before = listCalls;

            await page.Clock.FastForwardAsync("00:16");
            await page.Clock.FastForwardAsync("00:16");
            // Let any reload the checks started reach the network before counting.
            await page.EvaluateAsync("() => new Promise((resolve) => requestAnimationFrame(() => resolve(null)))");
            await Task.Delay(500);
            Assert.That(listCalls, Is.EqualTo(before), "the list was read again though no scan but the pane's own had run");
        }
        finally
        {
            release.TrySetResult();
            scanAnswered.TrySetResult();
        }
    }

    [Test]
    public async Task AFirstRunSaysWhatThePaneDoesAndOffersToTrackTheOpenMessage()
    {
        const string Empty = """{"referrals":[],"lastScanAt":null}""";
        const string EmptyScan = """{"scannedAt":"2026-11-23T15:00:00Z","graphRequests":3,"messagesRead":0,"referrals":[]}""";
        var item = OutlookItemStub.Item(MailboxFolder, "Reference request: logistics", new Dictionary<string, string>());
        var page = await OpenPaneAsync(async p =>
        {
            await p.RouteAsync("**/api/referrals", route => route.FulfillAsync(new() { ContentType = "application/json", Body = Empty }));
            await p.RouteAsync("**/api/scan", route => route.FulfillAsync(new() { ContentType = "application/json", Body = EmptyScan }));
        }, OutlookItemStub.With(item));
        await ExpectScanFinishedAsync(page);

        var empty = page.Locator(".empty-state");
        await Expect(empty.Locator("p")).ToHaveCountAsync(2);
        await Expect(empty).ToContainTextAsync("reads your mail for introductions");
        await Expect(page.Locator("#pipeline")).ToBeHiddenAsync();
        await Expect(page.Locator("#message-context")).ToContainTextAsync("No referral is linked to this message.");

        // By keyboard: the first-run button opens the open message's Track form, focus in its first field.
        await empty.GetByRole(AriaRole.Button, new() { Name = "Track the message you're reading" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#message-context form input").First).ToBeFocusedAsync();
        await ExpectCleanAsync(page, PaneWidth);
    }

    [Test]
    public async Task UnderAStrictContentSecurityPolicyThePictureNeedsNoInlineScriptOrStyle()
    {
        // What issue 14's policy allows: scripts from the pane's origin and Office.js's host, styles from the origin only.
        const string Policy = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self'; img-src 'self' data:; object-src 'none'";
        var page = await OpenPaneAsync(async p =>
        {
            await p.AddInitScriptAsync("""
                window.__violations = [];
                document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
                """);
            await p.RouteAsync("**/taskpane.html", async route =>
            {
                var response = await route.FetchAsync();
                var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = Policy };
                await route.FulfillAsync(new() { Response = response, Headers = headers });
            });
        });
        await ExpectScanFinishedAsync(page);

        await Segment(page, "5 gone quiet").ClickAsync();
        var card = Card(page, "Emily Zhang");
        await card.GetByRole(AriaRole.Button, new() { Name = "Timeline for Emily Zhang" }).ClickAsync();
        await Expect(Timeline(page, "Emily Zhang")).ToContainTextAsync("Introduced by Rafael Souza");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sources" }).ClickAsync();
        await Expect(page.Locator("li.source-card").First).ToBeVisibleAsync();

        // The bar's widths still follow the counts: CSSOM, not style attributes.
        await page.GetByRole(AriaRole.Button, new() { Name = "Follow-ups" }).ClickAsync();
        await Expect(Segment(page, "5 gone quiet")).ToHaveCSSAsync("flex-grow", "5");
        Assert.That(await page.EvaluateAsync<string[]>("() => window.__violations"), Is.Empty);
    }

    [Test]
    public async Task ThePaneFollowsOfficesThemeBeforeTheSystems()
    {
        var officeDark = await OpenPaneAsync(officeStub: Outlook("#262626"));
        await ExpectScanFinishedAsync(officeDark);
        await Expect(officeDark.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.That(await officeDark.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"), Is.Not.EqualTo("rgb(245, 245, 245)"));
        Assert.That(await LowContrastTextAsync(officeDark), Is.Empty);

        var officeLightOnDarkSystem = await OpenPaneAsync(officeStub: Outlook("#ffffff"), colorScheme: ColorScheme.Dark);
        await Expect(officeLightOnDarkSystem.Locator("html")).ToHaveAttributeAsync("data-host", "outlook");
        await Expect(officeLightOnDarkSystem.Locator("html")).ToHaveAttributeAsync("data-theme", "light");

        // The rep switches Office to a dark theme while the pane is open.
        await officeLightOnDarkSystem.EvaluateAsync("""
            () => {
              Office.context.officeTheme = { bodyBackgroundColor: "#1b1a19" };
              for (const handler of window.__themeHandlers) handler({ type: "officeThemeChanged" });
            }
            """);
        await Expect(officeLightOnDarkSystem.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");

        var systemDark = await OpenPaneAsync(colorScheme: ColorScheme.Dark);
        await ExpectScanFinishedAsync(systemDark);
        await Expect(systemDark.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.That(await LowContrastTextAsync(systemDark), Is.Empty);
    }

    [Test]
    public async Task InHighContrastTheBarAndIconsKeepTheirShapes()
    {
        var page = await OpenPaneAsync(forcedColors: ForcedColors.Active);
        await ExpectScanFinishedAsync(page);
        await Card(page, "Jordan Lee").GetByRole(AriaRole.Button, new() { Name = "Timeline for Jordan Lee" }).ClickAsync();
        await Expect(Timeline(page, "Jordan Lee")).ToBeVisibleAsync();

        // Forced colours drop backgrounds: segments and markers must still be drawn by their borders.
        var segmentBorder = await Segment(page, "5 gone quiet").EvaluateAsync<string>("s => getComputedStyle(s).borderTopStyle");
        var markerBorder = await page.Locator(".timeline-marker").First.EvaluateAsync<string>("m => getComputedStyle(m).borderTopStyle");
        Assert.That(new[] { segmentBorder, markerBorder }, Is.All.EqualTo("solid"));
        Assert.That(await page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"), Is.True);
    }

    [TestCase(ColorScheme.Light, "list", "timeline", "sources")]
    [TestCase(ColorScheme.Dark, "dark", null, null)]
    public async Task AxeFindsNoViolationsOnTheListAnOpenTimelineAndSources(ColorScheme scheme, string listShot, string? timelineShot, string? sourcesShot)
    {
        var page = await OpenPaneAsync(width: 500, colorScheme: scheme);
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", scheme == ColorScheme.Dark ? "dark" : "light");
        await Screenshots.WriteAsync(page, listShot);
        await Accessibility.ExpectNoViolationsAsync(page, "the list");

        var card = Card(page, "Jordan Lee");
        await card.GetByRole(AriaRole.Button, new() { Name = "Timeline for Jordan Lee" }).ClickAsync();
        await Expect(Timeline(page, "Jordan Lee")).ToContainTextAsync("Meeting held");
        await card.ScrollIntoViewIfNeededAsync();
        await Screenshots.WriteAsync(card, timelineShot);
        await Accessibility.ExpectNoViolationsAsync(page, "an open timeline");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sources" }).ClickAsync();
        await Expect(page.Locator("li.source-card").First).ToBeVisibleAsync();
        await Screenshots.WriteAsync(page, sourcesShot);
        await Accessibility.ExpectNoViolationsAsync(page, "the sources view");
    }
}
