using Microsoft.Playwright;
using OutlookReferral.Tests.Platform;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The pane under its own Content-Security-Policy, in real Chromium: it loads, scans and previews a draft without one
/// violation, and a name with a right-to-left override shows as the characters it is made of, isolated.
/// </summary>
public sealed class PaneDefencesTests : TaskPaneBrowser
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox() =>
        new MailboxFolderBuilder()
            .Referral("Bob\u202Egnp.exe", "bob@fabrikam.example", "\u05D3\u05E0\u05D4 Levi\u202E", "dana@adatum.example", Now.AddDays(-3))
            .Write(Now);

    private static List<string> PolicyViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return violations;
    }

    [Test]
    public async Task ThePaneLoadsScansAndPreviewsADraftWithoutAPolicyViolation()
    {
        List<string> violations = [];
        var page = await OpenPaneAsync(p =>
        {
            violations = PolicyViolations(p);
            return Task.CompletedTask;
        });
        await ExpectScanFinishedAsync(page);

        await Card(page, "Bobgnp.exe").GetByRole(AriaRole.Button, new() { Name = "Draft first reach-out" }).ClickAsync();

        var frameBody = page.Locator("dialog#draft-preview").FrameLocator("iframe").Locator("body");
        await Expect(frameBody).ToContainTextAsync("Bob");
        // The frame's style sheet loaded under both policies (the pane's, inherited, and its own).
        Assert.That(await frameBody.EvaluateAsync<string>("b => getComputedStyle(b).marginTop"), Is.EqualTo("10px"));
        Assert.That(violations, Is.Empty);
    }

    [Test]
    public async Task ARightToLeftOverrideInANameCannotReverseWhatTheRepReads()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);
        var card = Card(page, "Bobgnp.exe");

        var heading = card.Locator("h3");
        var source = card.Locator(".card-source bdi");
        Assert.Multiple(async () =>
        {
            Assert.That(await heading.TextContentAsync(), Is.EqualTo("Bobgnp.exe"));
            Assert.That(await heading.EvaluateAsync<string>("h => getComputedStyle(h).unicodeBidi"), Is.EqualTo("isolate"));
            Assert.That(await source.TextContentAsync(), Is.EqualTo("\u05D3\u05E0\u05D4 Levi"));
            Assert.That(await card.Locator(".card-source").TextContentAsync(), Does.StartWith("Introduced by "));
        });
    }
}

/// <summary>"Delete all my data" at the foot of the pane: an inline confirm, then nothing of the rep is left to show.</summary>
public sealed class DeleteMyDataPaneTests : TaskPaneBrowser
{
    [Test]
    public async Task AfterConfirmingThePaneAndTheApiHoldNothingOfTheRep()
    {
        var (page, dialogs) = await OpenPaneRecordingDialogsAsync();
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("li.card").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete all my data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Keep it" })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete everything" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Everything kept for you was deleted.");
        await Expect(page.Locator("li.card")).ToHaveCountAsync(0);
        var stored = await page.EvaluateAsync<int>("async () => (await (await fetch('/api/referrals')).json()).referrals.length");
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.Zero);
            Assert.That(dialogs, Is.Empty);
        });
    }
}
