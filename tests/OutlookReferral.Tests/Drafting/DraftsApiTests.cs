using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Drafting;

/// <summary>One click drafts the right note: real SQLite, the real Graph SDK, drafts landing in the demo mailbox.</summary>
public class DraftsApiTests : ApiTest
{

    protected override string WriteMailbox() => DraftingMailbox.Write();


    private async Task<string> IdOf(string prospect) =>
        await ReferralIdOfAsync(prospect) ?? throw new AssertionException($"{prospect} is not in the follow-up list");

    private async Task<(HttpResponseMessage Response, JsonObject Body)> Draft(string prospect, object? body = null)
    {
        var response = await Client.PostAsJsonAsync($"/api/referrals/{await IdOf(prospect)}/drafts", body ?? new { });
        return (response, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    [Test]
    public async Task FirstReachOutRepliesInTheIntroductionThreadToTheProspectWithTheSourceInTheSubject()
    {
        var (response, draft) = await Draft("kim@fabrikam.com");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), draft.ToJsonString());
            Assert.That((string?)draft["step"], Is.EqualTo("first-reach-out"));
            Assert.That((string?)draft["inReplyTo"], Is.EqualTo(ImmutableIds.ToImmutable(DraftingMailbox.IntroMessageId)));
            Assert.That(draft["to"]!.AsArray().Select(t => (string?)t!["address"]), Is.EqualTo(new[] { "kim@fabrikam.com" }));
            Assert.That((string?)draft["subject"], Is.EqualTo("George Smith suggested we connect (RE: Intro: Kim <> Sam)"));
            Assert.That((string?)draft["bodyHtml"], Does.StartWith("<p>Hi Kim,</p>").And.Contain("George thought"));
            Assert.That((string?)draft["ewsId"], Is.Not.Empty.And.Not.EqualTo((string?)draft["messageId"]));
            Assert.That((string?)draft["webLink"], Does.Contain("outlook"));
            Assert.That(Factory.Emulator.Requests, Has.Some.Contains("/createReply"));
        });
    }

    [Test]
    public async Task TheDraftIsInTheRepsDraftsFolderAndNothingIsSent()
    {
        var sentBefore = Factory.Emulator.Mailbox.SentItems.Count;

        var (_, draft) = await Draft("kim@fabrikam.com");

        var stored = Factory.Emulator.Mailbox.Drafts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(ImmutableIds.ToImmutable(stored.Id), Is.EqualTo((string?)draft["messageId"]));
            Assert.That((bool?)stored.Json["isDraft"], Is.True);
            Assert.That((string?)stored.Json["subject"], Is.EqualTo((string?)draft["subject"]));
            Assert.That(Factory.Emulator.Mailbox.SentItems, Has.Count.EqualTo(sentBefore));
            Assert.That(Factory.Emulator.Requests, Has.None.Contains("/send"));
        });
    }

    [Test]
    public async Task SecondNoteKeepsTheThreadSubjectWhenItAlreadyNamesTheSource()
    {
        var (_, draft) = await Draft("ana@litware.com");

        Assert.Multiple(() =>
        {
            Assert.That((string?)draft["step"], Is.EqualTo("second-note"));
            Assert.That((string?)draft["inReplyTo"], Is.EqualTo(ImmutableIds.ToImmutable(DraftingMailbox.SecondNoteThreadId)));
            Assert.That((string?)draft["subject"], Is.EqualTo("RE: Referred by Priya Shah - quick call?"));
            Assert.That((string?)draft["bodyHtml"], Does.Contain("Hi Ana,"));
        });
    }

    [Test]
    public async Task AskSourceIsANewMessageToTheSourceNamingTheProspectAndWhatWasTried()
    {
        var (_, draft) = await Draft("tom@tailspin.com");

        Assert.Multiple(() =>
        {
            Assert.That((string?)draft["step"], Is.EqualTo("ask-source"));
            Assert.That(draft["inReplyTo"], Is.Null);
            Assert.That(draft["to"]!.AsArray().Select(t => (string?)t!["address"]), Is.EqualTo(new[] { DraftingMailbox.Priya }));
            Assert.That((string?)draft["subject"], Is.EqualTo("Your introduction to Tom Baker"));
            Assert.That((string?)draft["bodyHtml"], Does.Contain("Hi Priya,").And.Contain("Tom Baker").And.Contain("twice since October 24")
                .And.Contain("What do you suggest we do next?"));
            Assert.That(Factory.Emulator.Requests, Has.None.Contains("/createReply"));
        });
    }

    [Test]
    public async Task CheckInAndIndifferenceGoToTheProspectInTheirThread()
    {
        var (_, checkIn) = await Draft("lee@wingtip.com");
        var (_, indifference) = await Draft("max@northwind.com");

        Assert.Multiple(() =>
        {
            Assert.That((string?)checkIn["step"], Is.EqualTo("check-in"));
            Assert.That((string?)checkIn["subject"], Is.EqualTo("RE: Following up on George Smith's introduction"));
            Assert.That(checkIn["to"]!.AsArray().Select(t => (string?)t!["address"]), Is.EqualTo(new[] { "lee@wingtip.com" }));
            Assert.That((string?)indifference["step"], Is.EqualTo("indifference"));
            Assert.That((string?)indifference["subject"], Is.EqualTo("RE: Checking in (George Smith's introduction)"));
            Assert.That((string?)indifference["bodyHtml"], Does.Contain("yes or no"));
        });
    }

    [Test]
    public async Task NamesAreEncodedInTheDraftBody()
    {
        var (_, draft) = await Draft("xss@woodgrove.com");

        Assert.Multiple(() =>
        {
            Assert.That((string?)draft["bodyHtml"], Does.Not.Contain("<script>").And.Contain("&lt;script&gt;"));
            Assert.That((string?)draft["bodyHtml"], Does.Contain("O&#39;Brien"));
            Assert.That((string?)draft["subject"], Does.StartWith("O'Brien & <b>Sons</b> suggested"), "a subject is plain text, not HTML");
        });
    }

    [Test]
    public async Task ASecondClickReturnsTheSameDraftAndADeletedOneIsMadeAgain()
    {
        var (first, one) = await Draft("kim@fabrikam.com");
        var (second, two) = await Draft("kim@fabrikam.com");
        await DeleteInMailbox((string)one["messageId"]!);
        var (third, three) = await Draft("kim@fabrikam.com");

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((bool?)two["reused"], Is.True);
            Assert.That((string?)two["messageId"], Is.EqualTo((string?)one["messageId"]));
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)three["messageId"], Is.Not.EqualTo((string?)one["messageId"]));
            Assert.That(Factory.Emulator.Mailbox.Drafts, Has.Count.EqualTo(1));
        });
    }

    /// <summary>The rep deletes the draft in Outlook.</summary>
    private async Task DeleteInMailbox(string messageId)
    {
        using var mailbox = new HttpMessageInvoker(Factory.Emulator, disposeHandler: false);
        using var deleted = await mailbox.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"https://graph.test/v1.0/me/messages/{Uri.EscapeDataString(messageId)}"), CancellationToken.None);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task TwoConcurrentClicksMakeExactlyOneDraft()
    {
        var id = await IdOf("ana@litware.com");
        using var other = Factory.CreateClient();

        var responses = await Task.WhenAll(
            Client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { }),
            other.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { }));
        var ids = await Task.WhenAll(responses.Select(async r => (string?)(await r.Content.ReadFromJsonAsync<JsonObject>())!["messageId"]));

        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
            Assert.That(Factory.Emulator.Mailbox.Drafts, Has.Count.EqualTo(1));
        });
    }

    [TestCase("bea@proseware.com", null, false, "too-soon")]
    [TestCase("bea@proseware.com", "second-note", true, "too-soon")]
    [TestCase("rae@relecloud.net", null, false, "nothing-due")]
    [TestCase("rae@relecloud.net", "second-note", true, "prospect-answered")]
    [TestCase("ana@litware.com", "ask-source", false, "not-due")]
    public async Task GuardrailsRefuseWithAReasonAndDraftNothing(string prospect, string? step, bool force, string code)
    {
        var (response, problem) = await Draft(prospect, new { step, force });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)problem["code"], Is.EqualTo(code));
            Assert.That((string?)problem["detail"], Is.Not.Empty);
            Assert.That(Factory.Emulator.Mailbox.Drafts, Is.Empty);
        });
    }

    [Test]
    public async Task TooSoonSaysWhenTheNextNoteCanGo()
    {
        var (_, problem) = await Draft("bea@proseware.com");

        Assert.Multiple(() =>
        {
            Assert.That((DateTimeOffset?)problem["dueAt"], Is.EqualTo(ApiFactory.DemoNow.AddDays(4)));
            Assert.That((string?)problem["detail"], Does.Contain("November 27"));
        });
    }

    [Test]
    public async Task TheRepCanInsistOnAStepThatIsNotDue()
    {
        var (response, draft) = await Draft("ana@litware.com", new { step = "ask-source", force = true });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(draft["to"]!.AsArray().Select(t => (string?)t!["address"]), Is.EqualTo(new[] { DraftingMailbox.Priya }));
        });
    }

    [Test]
    public async Task UpdatingTheSourceIsWelcomeOnceTheProspectAnswered()
    {
        var (response, draft) = await Draft("rae@relecloud.net", new { step = "update-source" });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)draft["subject"], Is.EqualTo("An update on Rae Lim"));
            Assert.That(draft["to"]!.AsArray().Select(t => (string?)t!["address"]), Is.EqualTo(new[] { DraftingMailbox.Priya }));
        });
    }

    [Test]
    public async Task UnknownStepIsAFieldError()
    {
        var (response, problem) = await Draft("kim@fabrikam.com", new { step = "pester" });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["errors"]!["Step"], Is.Not.Null);
        });
    }

    [Test]
    public async Task AnotherRepCannotDraftForThisReferral()
    {
        var id = await IdOf("kim@fabrikam.com");
        using var other = Factory.CreateClient();
        TestSignIn.As(other, new RepId("tenant-x", "rep-x"), "x@contoso.com");

        var response = await other.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Factory.Emulator.Mailbox.Drafts, Is.Empty);
        });
    }
}
