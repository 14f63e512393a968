using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Drafting;

public class TemplatesApiTests : ApiTest
{

    protected override string WriteMailbox() => DraftingMailbox.Write();


    [Test]
    public async Task EveryStepHasOurDefaultWording()
    {
        var all = await Client.GetFromJsonAsync<JsonArray>("/api/templates");

        Assert.Multiple(() =>
        {
            Assert.That(all!.Select(t => (string?)t!["step"]), Is.EquivalentTo(new[]
            {
                "first-reach-out", "second-note", "ask-source", "check-in", "indifference", "sorry-i-missed-you", "update-source",
                "thank-source",
            }));
            Assert.That(all!.Select(t => (bool?)t!["isDefault"]), Is.All.True);
            Assert.That(all!.Where(t => (string?)t!["step"] is "first-reach-out" or "second-note").Select(t => (string?)t!["subject"]),
                Is.All.Contains("{SourceName}"));
        });
    }

    [Test]
    public async Task ARepsOwnWordingIsUsedForTheirNextDraftAndCanBeReset()
    {
        var put = await Client.PutAsJsonAsync("/api/templates/first-reach-out", new
        {
            subject = "Hello from a friend of {SourceFirstName} ({SourceName})",
            body = "<p>{ProspectFirstName}, {SourceName} says hi.</p>",
        });
        var list = await Client.GetFromJsonAsync<JsonObject>("/api/referrals");
        var kim = (string)list!["referrals"]!.AsArray().Single(r => (string?)r!["prospect"]!["address"] == "kim@fabrikam.com")!["id"]!;
        var draft = await (await Client.PostAsJsonAsync($"/api/referrals/{kim}/drafts", new { })).Content.ReadFromJsonAsync<JsonObject>();
        var reset = await Client.DeleteAsync("/api/templates/first-reach-out");
        var after = await Client.GetFromJsonAsync<JsonObject>("/api/templates/first-reach-out");

        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)draft!["subject"], Does.StartWith("Hello from a friend of George (George Smith)"));
            Assert.That((string?)draft["bodyHtml"], Does.StartWith("<p>Kim, George Smith says hi.</p>"));
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((bool?)after!["isDefault"], Is.True);
            Assert.That((string?)after["subject"], Is.EqualTo("{SourceName} suggested we connect"));
        });
    }

    private static IEnumerable<TestCaseData> InvalidTemplates()
    {
        yield return new TestCaseData("check-in", "Hi {Nickname}", "<p>x</p>", "Subject").SetName("UnknownTokenInSubject");
        yield return new TestCaseData("check-in", "Hi", "<p>{ProspectShoeSize}</p>", "Body").SetName("UnknownTokenInBody");
        yield return new TestCaseData("check-in", new string('s', 256), "<p>x</p>", "Subject").SetName("SubjectOver255");
        yield return new TestCaseData("check-in", "Hi", "<p>" + new string('b', 33 * 1024) + "</p>", "Body").SetName("BodyOver32KB");
        yield return new TestCaseData("first-reach-out", "Quick call?", "<p>x</p>", "Subject").SetName("FirstReachOutWithoutSourceName");
        yield return new TestCaseData("second-note", "Following up", "<p>x</p>", "Subject").SetName("SecondNoteWithoutSourceName");
        yield return new TestCaseData("ask-source", "", "<p>x</p>", "Subject").SetName("EmptySubject");
    }

    [TestCaseSource(nameof(InvalidTemplates))]
    public async Task InvalidTemplateIsAFieldErrorAndChangesNothing(string step, string subject, string body, string field)
    {
        var response = await Client.PutAsJsonAsync($"/api/templates/{step}", new { subject, body });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var after = await Client.GetFromJsonAsync<JsonObject>($"/api/templates/{step}");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
            Assert.That((bool?)after!["isDefault"], Is.True);
        });
    }

    [TestCase("GET", TestName = "ReadingAnUnknownStepIsNotFoundAndNamesTheSteps")]
    [TestCase("PUT", TestName = "WritingAnUnknownStepIsNotFoundAndNamesTheSteps")]
    [TestCase("DELETE", TestName = "ResettingAnUnknownStepIsNotFoundAndNamesTheSteps")]
    public async Task UnknownStepIsNotFound(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/templates/pester")
        {
            Content = method == "PUT" ? JsonContent.Create(new { subject = "Hi {SourceName}", body = "<p>hi</p>" }) : null,
        };
        using var response = await Client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)problem!["detail"], Does.Contain("\"pester\"").And.Contain("first-reach-out").And.Contain("check-in"));
        });
    }

    [Test]
    public async Task OneRepsTemplateIsNotAnothers()
    {
        await Client.PutAsJsonAsync("/api/templates/check-in", new { subject = "Mine", body = "<p>mine</p>" });
        using var other = Factory.CreateClient();
        TestSignIn.As(other, new RepId("tenant-x", "rep-x"), "x@contoso.com");

        var theirs = await other.GetFromJsonAsync<JsonObject>("/api/templates/check-in");
        var reset = await other.DeleteAsync("/api/templates/check-in");
        var mine = await Client.GetFromJsonAsync<JsonObject>("/api/templates/check-in");

        Assert.Multiple(() =>
        {
            Assert.That((bool?)theirs!["isDefault"], Is.True);
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)mine!["subject"], Is.EqualTo("Mine"), "rep B's reset left rep A's wording alone");
        });
    }
}
