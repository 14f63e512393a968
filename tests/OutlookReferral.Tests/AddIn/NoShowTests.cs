using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// No-shows in the task pane: first, with the missed meeting's time in the rep's time zone; one click drafts the
/// sorry-I-missed-you note with three open times; a meeting no report can settle is settled by the rep.
/// </summary>
[NonParallelizable]
public sealed class NoShowTests : TaskPaneBrowser
{
    protected override string WriteMailbox() => NoShowMailbox.Write();

    [Test, Order(1)]
    public async Task TheNoShowIsTheFirstCardWithTheMeetingTimeInTheRepsTimeZone()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        var first = page.Locator("#followups li.card").First;
        await Expect(first.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Kim Lee");
        await Expect(first).ToHaveAttributeAsync("data-state", "no-show");
        Assert.That((await SectionTitlesAsync(page))[..2], Is.EqualTo(new[] { "Missed a meeting 1", "Gone quiet 3" }));
        // The browser runs in UTC (15:00); the mailbox is in Pacific time, so the card says 7:00 PST.
        await ExpectCardAsync(first, "Missed your meeting", "Sorry I missed you", "Missed “Intro call”, Sat 21 Nov, 7:00 PST");
        await ExpectCardAsync(Card(page, "Omar Haddad"), "Declined the 21 Nov meeting — offer another time");
        await ExpectCleanAt320Async(page, "/tmp/pane3-no-show.png", first);
    }

    [Test, Order(2)]
    public async Task TheNoShowCardDraftsTheSorryNoteWithThreeOpenTimes()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        await Card(page, "Kim Lee").GetByRole(AriaRole.Button, new() { Name = "Draft sorry-I-missed-you" }).ClickAsync();

        var preview = page.Locator("dialog#draft-preview");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Draft saved" })).ToBeFocusedAsync();
        await Expect(preview.Locator(".preview-to")).ToContainTextAsync("kim@adatum.example");
        var body = preview.FrameLocator("iframe").Locator("body");
        await Expect(body).ToContainTextAsync("November 21 at 7:00 AM (Pacific Standard Time)");
        await Expect(body.Locator("li")).ToHaveCountAsync(3);
        await Expect(body.Locator("li").First).ToContainTextAsync("(Pacific Standard Time)");
    }

    [Test, Order(3)]
    public async Task AnUnconfirmedCallIsSettledWithOneClickAndTheNoShowMovesToTheTop()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);
        var ana = Card(page, "Ana Diaz");
        await Expect(ana).Not.ToHaveAttributeAsync("data-state", "no-show");
        await ExpectCardAsync(ana, "Did they show? “Phone call with Ana”, Sun 22 Nov, 7:00 PST");
        await Expect(ana.GetByRole(AriaRole.Button, new() { Name = "We met" })).ToBeVisibleAsync();
        await ExpectCleanAt320Async(page, "/tmp/pane3-did-they-show.png", ana);

        var settle = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/meetings/ev-ana-phone/settle", StringComparison.Ordinal));
        await ana.GetByRole(AriaRole.Button, new() { Name = "Didn't show" }).ClickAsync();
        Assert.That((await settle).Status, Is.EqualTo(204));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked Ana Diaz as a no-show.");
        await Expect(ana).ToHaveAttributeAsync("data-state", "no-show");
        await Expect(page.Locator("#section-no-show").GetByRole(AriaRole.Heading, new() { Name = "Ana Diaz" })).ToBeVisibleAsync();
        Assert.That((await SectionTitlesAsync(page))[0], Is.EqualTo("Missed a meeting 2"));
        await ExpectCardAsync(ana, "Missed “Phone call with Ana”, Sun 22 Nov, 7:00 PST", "Sorry I missed you");
        await Expect(ana.GetByRole(AriaRole.Button, new() { Name = "Didn't show" })).ToHaveCountAsync(0);
    }

    [Test, Order(4)]
    public async Task WhenSomeoneElseJoinedTheCardSaysWhoAndAsksTheRep()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        var lena = Card(page, "Lena Fischer");
        await Expect(lena).Not.ToHaveAttributeAsync("data-state", "no-show");
        await ExpectCardAsync(lena, "Did they show? “Intro with Lena”",
            "Pat Doe (pat.doe@wingtip.example), from Lena Fischer's company, joined instead.");
        var note = lena.Locator(".card-settle-note");
        var described = await lena.GetByRole(AriaRole.Button, new() { Name = "We met" }).GetAttributeAsync("aria-describedby");
        Assert.That(described, Does.Contain(await note.GetAttributeAsync("id")), "the answer buttons are described by the evidence");
        await ExpectCleanAt320Async(page, "/tmp/pane3-someone-else-joined.png", lena);
    }
}
