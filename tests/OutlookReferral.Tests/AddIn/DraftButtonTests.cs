using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The one-click Draft button: in a browser the draft is previewed safely (nothing sent); inside Outlook it opens in
/// Outlook's own form by the id the API returned; refusals speak the rep's language.
/// </summary>
[NonParallelizable]
public sealed class DraftButtonTests : TaskPaneBrowser
{
    protected override string WriteMailbox() => ActionsMailbox.Write();

    private static ILocator Preview(IPage page) => page.Locator("dialog#draft-preview");

    private static Task<IResponse> DraftResponseAsync(IPage page) =>
        page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.EndsWith("/drafts", StringComparison.Ordinal));

    [Test]
    public async Task InABrowserTheDraftIsPreviewedAndNothingIsSent()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);
        var draft = Card(page, "Priya Natarajan").GetByRole(AriaRole.Button, new() { Name = "Draft second note" });

        await draft.ClickAsync();

        var preview = Preview(page);
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Draft saved" })).ToBeFocusedAsync();
        await Expect(preview).ToContainTextAsync("Saved in your Drafts folder — nothing was sent.");
        await Expect(preview.Locator(".preview-to")).ToContainTextAsync("priya@fabrikam.example");
        await Expect(preview.Locator(".preview-subject")).ToContainTextAsync("George Miller");
        await Expect(preview.FrameLocator("iframe").Locator("body")).ToContainTextAsync("Inboxes fill up fast");
        var link = preview.GetByRole(AriaRole.Link, new() { Name = "Open in Outlook on the web" });
        await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://outlook\\.office\\.com/"));
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Expect(link).ToHaveAttributeAsync("rel", new System.Text.RegularExpressions.Regex("noopener"));
        await ExpectCleanAt320Async(page, "/tmp/pane2-draft-preview.png", preview);

        await page.Keyboard.PressAsync("Escape");
        await Expect(preview).ToBeHiddenAsync();
        await Expect(draft).ToBeFocusedAsync();

        // The same click again finds the same draft rather than writing a second one.
        await draft.ClickAsync();
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Already in your Drafts" })).ToBeVisibleAsync();
        await Expect(preview).ToContainTextAsync("nothing was sent");
    }

    [Test]
    public async Task InsideOutlookTheDraftOpensByTheIdTheApiReturned()
    {
        var page = await OpenPaneAsync(officeStub: OutlookItemStub.With(null));
        await ExpectScanFinishedAsync(page);
        // Office.js may settle after the list: only then does a draft open in Outlook.
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-host", "outlook");
        await Expect(page.Locator("#message-context")).ToBeHiddenAsync();
        var card = Card(page, "Tomás Ortega");

        var response = DraftResponseAsync(page);
        await card.GetByRole(AriaRole.Button, new() { Name = "Draft note to Aisha" }).ClickAsync();
        var ewsId = (await (await response).JsonAsync())!.Value.GetProperty("ewsId").GetString();

        await Expect(card.Locator(".card-feedback")).ToContainTextAsync("open in Outlook. Nothing was sent.");
        Assert.That(ewsId, Is.Not.Null.And.Not.Empty);
        Assert.That(await OutlookItemStub.CallsAsync(page, "displayMessageForm"), Is.EqualTo(new[] { JsonSerializer.Serialize(new[] { ewsId }) }));
        await Expect(Preview(page)).ToBeHiddenAsync();
    }

    [Test]
    public async Task AStepNotDueIsRefusedInWordsAndCanBeDraftedAnyway()
    {
        var forced = new List<bool>();
        var release = new TaskCompletionSource();
        try
        {
            var page = await OpenPaneAsync(p => p.RouteAsync("**/api/referrals/*/drafts", async route =>
            {
                forced.Add(JsonDocument.Parse(route.Request.PostData!).RootElement.GetProperty("force").GetBoolean());
                if (forced.Count > 1)
                {
                    await route.ContinueAsync();
                    return;
                }
                await release.Task;
                await route.FulfillAsync(new()
                {
                    Status = 409,
                    ContentType = "application/problem+json",
                    Body = """
                        {"title":"Not now","status":409,"code":"not-due","dueAt":"2026-11-30T09:00:00Z",
                         "detail":"The second note is not due for Ana Diaz now. The next step is due on November 30. Confirm to draft it anyway."}
                        """,
                });
            }));
            await ExpectScanFinishedAsync(page);
            var card = Card(page, "Ana Diaz");
            var draft = card.GetByRole(AriaRole.Button, new() { Name = "Draft second note" });

            // By keyboard; while the API works the button says so and keeps focus.
            await draft.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(draft).ToHaveAttributeAsync("aria-busy", "true");
            await Expect(draft).ToHaveAttributeAsync("aria-disabled", "true");
            await Expect(draft).ToBeFocusedAsync();
            release.SetResult();

            await Expect(card.Locator(".card-feedback")).ToContainTextAsync("The next step is due on November 30. Confirm to draft it anyway.");
            await Expect(draft).Not.ToHaveAttributeAsync("aria-busy", "true");
            await Expect(draft).ToBeFocusedAsync();
            await ExpectCleanAt320Async(page, "/tmp/pane2-draft-refusal.png", card);
            await card.GetByRole(AriaRole.Button, new() { Name = "Draft anyway" }).ClickAsync();
            await Expect(Preview(page)).ToBeVisibleAsync();
            Assert.That(forced, Is.EqualTo(new[] { false, true }));
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Test]
    public async Task MarkupInANameIsShownAsTextInTheCardAndThePreview()
    {
        var (page, dialogs) = await OpenPaneRecordingDialogsAsync();
        await ExpectScanFinishedAsync(page);
        var card = Card(page, ActionsMailbox.MarkupProspect);
        await Expect(card.Locator("h3")).ToHaveTextAsync(ActionsMailbox.MarkupProspect);
        await Expect(card).ToContainTextAsync($"Introduced by {ActionsMailbox.MarkupSource}");

        await card.GetByRole(AriaRole.Button, new() { Name = "Draft first reach-out" }).ClickAsync();

        var preview = Preview(page);
        await Expect(preview.Locator(".preview-to")).ToContainTextAsync(ActionsMailbox.MarkupProspect);
        await Expect(preview.Locator(".preview-subject")).ToContainTextAsync(ActionsMailbox.MarkupSource);
        var frame = preview.Locator("iframe");
        await Expect(frame).ToHaveAttributeAsync("sandbox", "");
        await Expect(preview.FrameLocator("iframe").Locator("body")).ToContainTextAsync($"Hi {ActionsMailbox.MarkupProspect},");
        await Expect(preview.FrameLocator("iframe").Locator("script, b")).ToHaveCountAsync(0);
        Assert.That(await page.Locator("body script, body b").CountAsync(), Is.Zero, "markup from a name became elements in the pane");
        Assert.That(dialogs, Is.Empty, "a script from a name ran");
    }
}
