using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>A card's "More" disclosure: close and reopen, snooze, delete after an inline confirm; and adding a referral by hand.</summary>
[NonParallelizable]
public sealed class CardLifecycleTests : TaskPaneBrowser
{
    protected override string WriteMailbox() => ActionsMailbox.Write();

    private static async Task<ILocator> OpenMoreAsync(ILocator card)
    {
        var more = card.GetByRole(AriaRole.Button, new() { Name = "More for" });
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "false");
        await more.ClickAsync();
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "true");
        return card.Locator(".more-panel");
    }

    [Test]
    public async Task ClosedAsWonItMovesToClosedAndReopenedItLeaves()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);
        var panel = await OpenMoreAsync(Card(page, "Marcus Chen"));

        await panel.GetByRole(AriaRole.Radio, new() { Name = "Won" }).CheckAsync();
        await panel.GetByLabel("Note (optional)").FillAsync("Signed for 20 seats.");
        await ExpectCleanAt320Async(page, "/tmp/pane2-more-panel.png", Card(page, "Marcus Chen"));
        await panel.GetByRole(AriaRole.Button, new() { Name = "Close referral" }).ClickAsync();

        var closed = page.Locator("#section-closed").Locator("li.card").Filter(new() { HasText = "Marcus Chen" });
        await ExpectCardAsync(closed, "Closed 23 Nov", "Won", "Note: Signed for 20 seats.");
        await Expect(closed.Locator("h3")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Closed Marcus Chen as won.");
        await Expect(closed.GetByRole(AriaRole.Button, new() { Name = "Draft" })).ToHaveCountAsync(0);

        var reopenPanel = await OpenMoreAsync(closed);
        await reopenPanel.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).ClickAsync();

        await Expect(closed).ToHaveCountAsync(0);
        await ExpectCardAsync(page.Locator("#section-replied li.card").Filter(new() { HasText = "Marcus Chen" }), "Replied 5 Nov");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Reopened Marcus Chen.");
    }

    [Test]
    public async Task CloseWithoutAnOutcomeAsksForOne()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);
        var card = Card(page, "Priya Natarajan");
        var more = card.GetByRole(AriaRole.Button, new() { Name = "More for Priya Natarajan" });

        // By keyboard alone: open More, reach Close referral, press it.
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "true");
        var panel = card.Locator(".more-panel");
        var close = panel.GetByRole(AriaRole.Button, new() { Name = "Close referral" });
        // More, then the outcome radios (one stop), the note, Close referral.
        await page.Keyboard.PressAsync("Tab");
        await Expect(panel.GetByRole(AriaRole.Radio, new() { Name = "Won" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(panel.GetByLabel("Note (optional)")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(close).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(panel.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Choose how it ended: won, lost or not now.");
        await Expect(panel.GetByRole(AriaRole.Radio, new() { Name = "Won" })).ToBeFocusedAsync();
        await Expect(Card(page, "Priya Natarajan")).ToContainTextAsync("9 days silent");
    }

    [Test]
    public async Task SnoozedItHidesItsStepUntilTheDay()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);
        var card = Card(page, "Lena Fischer");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Draft first reach-out" })).ToBeVisibleAsync();
        var panel = await OpenMoreAsync(card);
        await Expect(panel.GetByLabel("Snooze until")).ToHaveValueAsync("2026-11-30");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Snooze", Exact = true }).ClickAsync();

        await ExpectCardAsync(card, "Snoozed until 30 Nov", "Follow up from 30 Nov");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Draft first reach-out" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Snoozed Lena Fischer.");
    }

    [Test]
    public async Task ABackgroundScanWaitsForTheRepToCloseTheCardTheyAreWorkingIn()
    {
        // The background service finishes a scan while the rep has a card's More panel open: redrawing the list
        // would close it under them (and lose a half-made choice), so the news waits for the panel to close.
        var background = false;
        var listCalls = 0;
        var page = await OpenPaneAsync(async p =>
        {
            await p.Clock.InstallAsync();
            p.Request += (_, r) =>
            {
                if (r.Method == "GET" && r.Url.EndsWith("/api/referrals", StringComparison.Ordinal)) listCalls++;
            };
            await p.RouteAsync("**/api/scan/progress", route => background
                ? route.FulfillAsync(new()
                {
                    ContentType = "application/json",
                    Body = """{"running":false,"firstScan":false,"folder":null,"pages":0,"messagesRead":0,"fraction":null,"startedAt":null,"lastScanAt":"2099-01-01T00:00:00Z"}""",
                })
                : route.ContinueAsync());
        });
        await ExpectScanFinishedAsync(page);
        var card = Card(page, "Hannah Weber");
        var more = card.GetByRole(AriaRole.Button, new() { Name = "More for" });
        var panel = await OpenMoreAsync(card);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Delete referral" }).ClickAsync();
        var keep = panel.GetByRole(AriaRole.Button, new() { Name = "Keep it" });
        await Expect(keep).ToBeFocusedAsync();
        var before = listCalls;

        background = true;
        await page.Clock.FastForwardAsync("00:16");
        await page.Clock.FastForwardAsync("00:16");
        await page.EvaluateAsync("() => new Promise((resolve) => requestAnimationFrame(() => resolve(null)))");
        await Task.Delay(500);
        Assert.That(listCalls, Is.EqualTo(before), "the list was redrawn under the open panel");
        await Expect(keep).ToBeFocusedAsync();

        await more.ClickAsync();
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Clock.FastForwardAsync("00:16");
        for (var i = 0; i < 100 && listCalls == before; i++)
        {
            await Task.Delay(100);
        }
        Assert.That(listCalls, Is.GreaterThan(before), "once the panel is closed, the background scan's list is read");
    }

    [Test]
    public async Task DeleteAsksInTheCardThenRemovesIt()
    {
        var (page, dialogs) = await OpenPaneRecordingDialogsAsync();
        await ExpectScanFinishedAsync(page);
        var card = Card(page, "Hannah Weber");
        var panel = await OpenMoreAsync(card);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Delete referral" }).ClickAsync();
        await Expect(panel).ToContainTextAsync("Delete the referral for Hannah Weber? This can't be undone.");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Keep it" })).ToBeFocusedAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(card).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deleted the referral for Hannah Weber.");
        Assert.That(dialogs, Is.Empty, "the pane must confirm inline: Office.js turns window.confirm into a thrower");
    }

    [Test]
    public async Task InABrowserARepAddsAReferralByHand()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("#message-context")).ToBeHiddenAsync();
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Add a referral" });

        await add.ClickAsync();
        await Expect(add).ToHaveAttributeAsync("aria-expanded", "true");
        var form = page.Locator("#add-referral-form form");
        await Expect(form.GetByLabel("Prospect's name", new() { Exact = true })).ToBeFocusedAsync();
        await Expect(form.GetByLabel("Source's name", new() { Exact = true })).ToHaveValueAsync("");
        await page.Keyboard.TypeAsync("Noor Haddad");
        await form.GetByLabel("Prospect's email", new() { Exact = true }).FillAsync("noor@tailspin.example");
        await form.GetByLabel("Source's name", new() { Exact = true }).FillAsync("Wei Chen");
        await form.GetByLabel("Source's email", new() { Exact = true }).FillAsync("wei@fabrikam.example");
        await form.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();

        var card = Card(page, "Noor Haddad");
        await ExpectCardAsync(card, "Introduced by Wei Chen", "First reach-out");
        await Expect(card.Locator("h3")).ToBeFocusedAsync();
        await Expect(add).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.Locator("#add-referral-form")).ToBeHiddenAsync();
    }
}
