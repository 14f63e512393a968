using Microsoft.Playwright;
using OutlookReferral.Tests.Platform;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// One real API (SQLite, the Graph SDK over <see cref="TaskPaneMailbox"/>) on a loopback port and one headless
/// Chromium per fixture, with helpers to open the task pane 320 px wide. Nothing leaves loopback: Office.js is
/// refused (a plain browser tab) or replaced by a stub at the page boundary.
/// </summary>
public abstract class TaskPaneBrowser
{
    /// <summary>Outlook on the web's task pane width.</summary>
    protected const int PaneWidth = 320;

    // Office.js as Outlook would present it, reduced to what the pane touches.
    protected const string OutlookStub = """
        window.Office = {
          HostType: { Outlook: "Outlook" },
          context: { mailbox: { item: null, userProfile: {
            displayName: "Sam Rivera", emailAddress: "sam@contoso.com", timeZone: "W. Europe Standard Time" } } },
          onReady(callback) {
            const info = { host: "Outlook", platform: "OfficeOnline" };
            if (callback) callback(info);
            return Promise.resolve(info);
          },
        };
        """;

    private readonly List<IBrowserContext> contexts = [];
    private string mailbox = "";
    private ApiFactory api = null!;
    private Uri site = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    /// <summary>The fixture's mailbox folder; the API reads it for the whole fixture, so tests must not depend on each other's changes.</summary>
    protected virtual string WriteMailbox() => TaskPaneMailbox.Write();

    /// <summary>The folder <see cref="WriteMailbox"/> wrote (to read ids from its JSON).</summary>
    protected string MailboxFolder => mailbox;

    /// <summary>The API the pane talks to (to reach its services, such as the emulator's fault mode).</summary>
    protected ApiFactory Api => api;

    [OneTimeSetUp]
    public async Task StartApiAndBrowser()
    {
        mailbox = WriteMailbox();
        api = new ApiFactory(mailbox);
        site = api.StartOnLoopback();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            // test.sh exports the chromium it found or installed.
            ExecutablePath = Environment.GetEnvironmentVariable("OUTLOOKREFERRAL_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync"],
        });
        // A scan on a busy 2-core machine can take a few seconds; assertions poll, they do not sleep.
        SetDefaultExpectTimeout(20_000);
    }

    [TearDown]
    public async Task CloseContexts()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
        contexts.Clear();
    }

    [OneTimeTearDown]
    public async Task StopApiAndBrowser()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await api.DisposeAsync();
        Directory.Delete(mailbox, recursive: true);
    }

    /// <summary>A fresh 320 px pane; <paramref name="arrange"/> adds routes before the page loads.</summary>
    /// <summary>Opens the pane and records every alert/confirm/prompt it raises (there should be none), dismissing each.</summary>
    protected async Task<(IPage Page, List<string> Dialogs)> OpenPaneRecordingDialogsAsync()
    {
        var dialogs = new List<string>();
        var page = await OpenPaneAsync(p =>
        {
            p.Dialog += (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                _ = dialog.DismissAsync();
            };
            return Task.CompletedTask;
        });
        return (page, dialogs);
    }

    /// <param name="width">The pane's width: 320 px (Outlook on the web) unless a test needs another.</param>
    /// <param name="colorScheme">The system's colour scheme and forced colours, for theme tests.</param>
    protected async Task<IPage> OpenPaneAsync(
        Func<IPage, Task>? arrange = null, string? officeStub = null, int width = PaneWidth,
        ColorScheme colorScheme = ColorScheme.Light, ForcedColors forcedColors = ForcedColors.None)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 570 },
            Locale = "en-GB",
            TimezoneId = "UTC",
            ColorScheme = colorScheme,
            ForcedColors = forcedColors,
        });
        contexts.Add(context);
        // Nothing leaves loopback; Office.js is refused (a plain browser) unless a stub stands in for it.
        await context.RouteAsync(url => !url.StartsWith(site.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal),
            route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/office.js", route => officeStub is null
            ? route.AbortAsync()
            : route.FulfillAsync(new() { ContentType = "text/javascript", Body = officeStub }));
        if (arrange is not null)
        {
            await arrange(page);
        }
        await page.GotoAsync(new Uri(site, "taskpane.html").ToString());
        return page;
    }

    /// <summary>
    /// The scan has ended: the status says when, the spinner is gone, Refresh is live again. The pane shows
    /// the stored list's "Last checked" and starts its scan in one task, so this never passes before the scan.
    /// </summary>
    protected static async Task ExpectScanFinishedAsync(IPage page)
    {
        try
        {
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Last checked");
        }
        catch (PlaywrightException)
        {
            TestContext.Out.WriteLine($"The pane said: {await page.Locator("#problem").TextContentAsync()}");
            throw;
        }
        await Expect(page.Locator(".spinner")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Refresh" })).Not.ToHaveAttributeAsync("aria-disabled", "true");
    }

    /// <summary>The card whose heading is the prospect's name.</summary>
    protected static ILocator Card(IPage page, string prospect) =>
        page.Locator("li.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = prospect, Exact = true }) });

    protected static async Task ExpectCardAsync(ILocator card, params string[] texts)
    {
        foreach (var text in texts)
        {
            await Expect(card).ToContainTextAsync(text);
        }
    }

    /// <summary>Section headings in page order, with their counts ("Gone quiet 2").</summary>
    protected static Task<string[]> SectionTitlesAsync(IPage page) =>
        page.Locator("#followups section h2").EvaluateAllAsync<string[]>(
            "hs => hs.map(h => h.textContent.replace(/\\s+/g, ' ').trim())");

    /// <summary>Nothing scrolls sideways at 320 px, all text is readable; a screenshot of <paramref name="part"/> (or the pane) to look at.</summary>
    protected static async Task ExpectCleanAt320Async(IPage page, string screenshot, ILocator? part = null)
    {
        Assert.That(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(PaneWidth));
        Assert.That(await LowContrastTextAsync(page), Is.Empty);
        if (part is null)
        {
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }
        else
        {
            await part.ScreenshotAsync(new() { Path = screenshot });
        }
        TestContext.Out.WriteLine($"Screenshot: {screenshot}");
    }

    /// <summary>Visible text whose colour is below 4.5:1 against its nearest opaque background (WCAG 1.4.3).</summary>
    protected static Task<string[]> LowContrastTextAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const rgb = (c) => c.match(/[\d.]+/g).map(Number);
          const luminance = ([r, g, b]) => [r, g, b]
            .map((v) => v / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = (el) => {
            for (let e = el; e; e = e.parentElement) {
              const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length < 4 || c[3] > 0) return c;
            }
            return [255, 255, 255];
          };
          const failures = [];
          for (const el of document.querySelectorAll("body *")) {
            const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
            if (!ownText || el.getClientRects().length === 0) continue;
            const [hi, lo] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))].sort((a, b) => b - a);
            const ratio = (hi + 0.05) / (lo + 0.05);
            if (ratio < 4.5) failures.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1`);
          }
          return failures;
        }
        """);
}
