using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The pane inside Outlook (Office.js faked at the page boundary) reading the open message: an introduction tracked in
/// one click, a plain message tracked through the prefilled form, its errors, and a pinned pane following the selection.
/// </summary>
[NonParallelizable]
public sealed class MessageContextTests : TaskPaneBrowser
{
    protected override string WriteMailbox() => ContextMailbox.Write();

    private JsonObject Item(string subject) => OutlookItemStub.Item(MailboxFolder, subject, ContextMailbox.Names);

    private async Task<IPage> OpenOnAsync(string subject)
    {
        var page = await OpenPaneAsync(officeStub: OutlookItemStub.With(Item(subject)));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-host", "outlook");
        await ExpectScanFinishedAsync(page);
        return page;
    }

    private static ILocator Context(IPage page) => page.Locator("#message-context");

    private static ILocator Field(ILocator scope, string label) => scope.GetByLabel(label, new() { Exact = true });

    [Test]
    public async Task OutlooksOwnIdsFindTheThreadTheScanStoredInGraphsSpelling()
    {
        var item = Item(ContextMailbox.FromHannah);
        var graphThread = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(MailboxFolder, "inbox.json")))!["value"]!.AsArray()
            .Single(m => (string?)m!["subject"] == ContextMailbox.FromHannah)!["conversationId"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)item["conversationId"], Does.Contain("+").Or.Contain("/"), "Office.js spells the thread in standard base64");
            Assert.That((string?)item["conversationId"], Is.Not.EqualTo(graphThread));
        });

        var page = await OpenPaneAsync(officeStub: OutlookItemStub.With(item));
        await ExpectScanFinishedAsync(page);

        await Expect(Context(page)).ToContainTextAsync("This conversation belongs to this referral.");
        Assert.That(await OutlookItemStub.CallsAsync(page, "convertToRestId"),
            Does.Contain($"""["{(string)item["itemId"]!}","v2.0"]"""), "the pane turns the EWS item id into a REST id");
    }

    [Test]
    public async Task AnIntroductionEmailIsTrackedInOneClickAndShowsItsCard()
    {
        var page = await OpenOnAsync(ContextMailbox.DanaIntro);
        var context = Context(page);

        await Expect(context).ToContainTextAsync("This looks like an introduction.");
        var suggestion = context.Locator("article.intro-card");
        // The names are the ones the introduction itself carries (the mailbox names people by their address).
        await ExpectCardAsync(suggestion, "dana", "Introduced by priya", ContextMailbox.DanaIntro);
        await ExpectCleanAt320Async(page, "/tmp/pane2-context-suggestion.png");

        await suggestion.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();

        var card = context.Locator("article.card[data-referral-id]");
        await ExpectCardAsync(card, "dana", "Introduced by priya", "Next step", "First reach-out");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Draft first reach-out" })).ToBeVisibleAsync();
        await Expect(card.Locator("h3")).ToBeFocusedAsync();
        await Expect(context).ToContainTextAsync("This conversation belongs to this referral.");
        await ExpectCardAsync(Card(page, "dana"), "Introduced by priya", "First reach-out");
        await Expect(page.Locator("#introductions")).Not.ToContainTextAsync(ContextMailbox.DanaIntro);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Now tracking");
        await ExpectCleanAt320Async(page, "/tmp/pane2-context-card.png", context);
    }

    [Test]
    public async Task APlainMessageOffersTheTrackFormPrefilledAndEditable()
    {
        var page = await OpenOnAsync(ContextMailbox.Lunch);
        var context = Context(page);
        await Expect(context).ToContainTextAsync("No referral is linked to this message.");

        await context.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();
        var form = context.Locator("form.track-form");
        await Expect(Field(form, "Source's name")).ToHaveValueAsync("Omar Haddad");
        await Expect(Field(form, "Source's email")).ToHaveValueAsync("omar@alpineski.example");
        await Expect(Field(form, "Prospect's name")).ToHaveValueAsync("June Park");
        await Expect(Field(form, "Prospect's email")).ToHaveValueAsync("june@fabrikam.example");
        await Expect(Field(form, "Introduced on")).ToHaveValueAsync("2026-11-23");
        // Two people outside the rep's company: the rep picks the prospect, then corrects the name.
        await form.GetByRole(AriaRole.Radio, new() { Name = "Ken Ito (ken@litware.example)" }).CheckAsync();
        await Expect(Field(form, "Prospect's email")).ToHaveValueAsync("ken@litware.example");
        await Field(form, "Prospect's name").FillAsync("Kenji Ito");
        await Field(form, "Introduced on").FillAsync("2026-11-20");

        await form.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();

        var card = context.Locator("article.card[data-referral-id]");
        await ExpectCardAsync(card, "Kenji Ito", "Introduced by Omar Haddad", "Introduced 20 Nov");
        await Expect(context).ToContainTextAsync("This conversation belongs to this referral.");
        await ExpectCardAsync(Card(page, "Kenji Ito"), "Introduced by Omar Haddad", "First reach-out");
    }

    [Test]
    public async Task AFieldErrorShowsBesideItsFieldAndTakesFocus()
    {
        var page = await OpenOnAsync(ContextMailbox.BoardNotes);
        var context = Context(page);
        await context.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();
        var form = context.Locator("form.track-form");
        var sourceEmail = Field(form, "Source's email");
        await Expect(sourceEmail).ToHaveValueAsync("rita@proseware.example");

        await sourceEmail.ClearAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();

        await Expect(sourceEmail).ToBeFocusedAsync();
        await Expect(sourceEmail).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = await sourceEmail.GetAttributeAsync("aria-describedby");
        await Expect(page.Locator($"#{describedBy}")).ToHaveTextAsync("Enter the source's email address.");
        await Expect(Field(form, "Prospect's name")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await ExpectCleanAt320Async(page, "/tmp/pane2-form-error.png", form);

        // Corrected, the message goes and the referral is tracked.
        await sourceEmail.FillAsync("rita@proseware.example");
        await form.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();
        await ExpectCardAsync(context.Locator("article.card[data-referral-id]"), "Vik Rao", "Introduced by Rita Gomez");
    }

    [Test]
    public async Task AProspectAlreadyTrackedIsRefusedInWords()
    {
        var page = await OpenOnAsync(ContextMailbox.Newsletter);
        var context = Context(page);
        await context.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();
        var form = context.Locator("form.track-form");
        await Field(form, "Prospect's name").FillAsync("Lena Fischer");
        await Field(form, "Prospect's email").FillAsync("lena@litware.example");

        await form.GetByRole(AriaRole.Button, new() { Name = "Track referral" }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("This prospect is already tracked");
        await Expect(summary).ToContainTextAsync("Lena Fischer <lena@litware.example> is already tracked as referred by George Miller");
        await Expect(summary).ToBeFocusedAsync();
        await summary.GetByRole(AriaRole.Button, new() { Name = "Show that referral" }).ClickAsync();
        await Expect(Card(page, "Lena Fischer").Locator("h3")).ToBeFocusedAsync();
    }

    [Test]
    public async Task ThePinnedPaneFollowsTheSelectedMessage()
    {
        var page = await OpenOnAsync(ContextMailbox.FromLena);
        var context = Context(page);
        await ExpectCardAsync(context.Locator("article.card"), "Lena Fischer", "Introduced by George Miller");
        await Expect(context).ToContainTextAsync("The prospect is on this message.");
        Assert.That(await OutlookItemStub.CallsAsync(page, "addHandlerAsync"), Is.EqualTo(new[] { """["olkItemSelectedChanged"]""" }));

        await OutlookItemStub.SelectAsync(page, Item(ContextMailbox.FromHannah));
        await ExpectCardAsync(context.Locator("article.card"), "Hannah Weber", "since your note");
        await Expect(context).ToContainTextAsync("This conversation belongs to this referral.");

        await OutlookItemStub.SelectAsync(page, Item(ContextMailbox.Newsletter));
        await Expect(context).ToContainTextAsync("No referral is linked to this message.");
        await Expect(context.Locator("article.card")).ToHaveCountAsync(0);

        await OutlookItemStub.SelectAsync(page, null);
        await Expect(context).ToBeHiddenAsync();
        await ExpectCardAsync(Card(page, "Lena Fischer"), "Introduced by George Miller");
    }

    [Test]
    public async Task ANoteTooSoonAfterTheLastIsRefusedInTheRepsWords()
    {
        // Hannah's second note is the upcoming step: the message's card offers it, and the API refuses to draft it early.
        var page = await OpenOnAsync(ContextMailbox.FromHannah);
        var card = Context(page).Locator("article.card");
        await ExpectCardAsync(card, "Hannah Weber", "4 days since your note");

        await card.GetByRole(AriaRole.Button, new() { Name = "Draft second note" }).ClickAsync();

        await Expect(card.Locator(".card-feedback"))
            .ToHaveTextAsync("You wrote to Hannah Weber on November 19. The next note can go from November 26, a week later.");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Draft anyway" })).ToHaveCountAsync(0);
        Assert.That(await OutlookItemStub.CallsAsync(page, "displayMessageForm"), Is.Empty);
    }

    [Test]
    public async Task DismissingAnIntroductionRemovesItForGood()
    {
        var page = await OpenOnAsync(ContextMailbox.Newsletter);
        var introductions = page.Locator("#introductions");
        var noor = introductions.Locator("li.intro-card").Filter(new() { HasText = ContextMailbox.NoorIntro });
        await Expect(noor).ToHaveCountAsync(1);
        await Expect(introductions.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("New introductions");

        await noor.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();

        await Expect(noor).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Dismissed the introduction");
        await page.ReloadAsync();
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("#introductions")).Not.ToContainTextAsync(ContextMailbox.NoorIntro);
    }
}
