using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Referrals;

public class ReferralsApiTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;


    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(Now);


    private static object Referral(string prospect = "kim@fabrikam.com", string source = "george@adatum.com",
        string prospectName = "Kim Lee", string sourceName = "George Smith", DateTimeOffset? introducedAt = null) => new
    {
        prospect = new { name = prospectName, address = prospect },
        source = new { name = sourceName, address = source },
        introducedAt = introducedAt ?? Now.AddDays(-2),
    };

    private Task<JsonObject> Create(object? body = null) => TrackAsync(body ?? Referral());

    [Test]
    public async Task TrackedByHandItShowsInTheListAsNewAfterAScan()
    {
        var created = await Create();
        await Client.PostAsync("/api/scan", null);
        var list = await Client.GetFromJsonAsync<JsonObject>("/api/referrals");

        var item = list!["referrals"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)created["prospect"]!["address"], Is.EqualTo("kim@fabrikam.com"));
            Assert.That((string?)item["id"], Is.EqualTo((string?)created["id"]));
            Assert.That((string?)item["state"], Is.EqualTo("new"));
            Assert.That((string?)item["nextStep"], Is.EqualTo("first-reach-out"));
        });
    }

    private static IEnumerable<TestCaseData> InvalidReferrals()
    {
        yield return new TestCaseData(Referral(prospect: "not-an-address"), "Prospect.Address").SetName("ProspectAddressMustBeValid");
        yield return new TestCaseData(Referral(source: "george@"), "Source.Address").SetName("SourceAddressMustBeValid");
        yield return new TestCaseData(Referral(source: "KIM@fabrikam.com"), "Source.Address").SetName("SourceMustDifferFromProspect");
        yield return new TestCaseData(Referral(prospect: MailboxFolderBuilder.RepAddress), "Prospect.Address").SetName("ProspectCannotBeTheRep");
        yield return new TestCaseData(Referral(source: "Sam@Contoso.com"), "Source.Address").SetName("SourceCannotBeTheRep");
        yield return new TestCaseData(Referral(prospectName: new string('k', 201)), "Prospect.Name").SetName("ProspectNameAtMost200");
        yield return new TestCaseData(Referral(sourceName: new string('g', 201)), "Source.Name").SetName("SourceNameAtMost200");
        yield return new TestCaseData(Referral(sourceName: ""), "Source.Name").SetName("SourceNameRequired");
        yield return new TestCaseData(Referral(introducedAt: Now.AddDays(1)), "IntroducedAt").SetName("IntroductionNotInTheFuture");
        yield return new TestCaseData(new { source = new { name = "George", address = "george@adatum.com" } }, "Prospect").SetName("ProspectRequired");
    }

    [TestCaseSource(nameof(InvalidReferrals))]
    public async Task InvalidReferralIsAFieldErrorAndStoresNothing(object body, string field)
    {
        var response = await Client.PostAsJsonAsync("/api/referrals", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var list = await Client.GetFromJsonAsync<JsonObject>("/api/referrals");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem!["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
            Assert.That(list!["referrals"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task MalformedJsonIsABadRequestProblem()
    {
        var response = await Client.PostAsync("/api/referrals", new StringContent("{\"prospect\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task SecondOpenReferralForTheSameProspectIsAConflictNamingTheFirst()
    {
        var first = await Create();

        var second = await Client.PostAsJsonAsync("/api/referrals", Referral(prospect: "Kim@Fabrikam.com", source: "priya@relecloud.com", sourceName: "Priya Shah"));
        var problem = await second.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)problem!["detail"], Does.Contain("George Smith").And.Contain("Kim Lee"));
            Assert.That((string?)problem["existingReferralId"], Is.EqualTo((string?)first["id"]));
        });
    }

    [Test]
    public async Task ClosedReferralLeavesTheCadenceAndCanBeReopened()
    {
        var id = (string)(await Create())["id"]!;
        await Client.PostAsync("/api/scan", null);

        var closed = await Client.PostAsJsonAsync($"/api/referrals/{id}/close", new { outcome = "not-now", note = "Budget frozen until Q2" });
        var afterClose = await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}");
        var reopened = await Client.PostAsync($"/api/referrals/{id}/reopen", null);
        await Client.PostAsync("/api/scan", null);
        var afterReopen = await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)afterClose!["state"], Is.EqualTo("closed"));
            Assert.That(afterClose["nextStep"], Is.Null);
            Assert.That((string?)afterClose["closeOutcome"], Is.EqualTo("not-now"));
            Assert.That((string?)afterClose["closeNote"], Is.EqualTo("Budget frozen until Q2"));
            Assert.That(reopened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)afterReopen!["state"], Is.EqualTo("new"));
            Assert.That((string?)afterReopen["nextStep"], Is.EqualTo("first-reach-out"));
        });
    }

    [TestCase("won", HttpStatusCode.OK)]
    [TestCase("maybe", HttpStatusCode.BadRequest)]
    [TestCase("", HttpStatusCode.BadRequest)]
    public async Task CloseTakesOnlyKnownOutcomes(string outcome, HttpStatusCode expected)
    {
        var id = (string)(await Create())["id"]!;

        var response = await Client.PostAsJsonAsync($"/api/referrals/{id}/close", new { outcome });

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task SnoozeHoldsTheNextStepUntilItsDate()
    {
        var id = (string)(await Create())["id"]!;
        await Client.PostAsync("/api/scan", null);

        var past = await Client.PostAsJsonAsync($"/api/referrals/{id}/snooze", new { until = Now.AddDays(-1) });
        var snoozed = await Client.PostAsJsonAsync($"/api/referrals/{id}/snooze", new { until = Now.AddDays(3) });
        var card = await snoozed.Content.ReadFromJsonAsync<JsonObject>();
        await Client.PostAsync("/api/scan", null);
        var rescanned = await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(past.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(snoozed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(card!["nextStep"], Is.Null);
            Assert.That(rescanned!["nextStep"], Is.Null);
            Assert.That((DateTimeOffset?)rescanned["nextStepDueAt"], Is.EqualTo(Now.AddDays(3)));
        });
    }

    [Test]
    public async Task DeletedReferralIsGone()
    {
        var id = (string)(await Create())["id"]!;

        var deleted = await Client.DeleteAsync($"/api/referrals/{id}");
        var again = await Client.GetAsync($"/api/referrals/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("tenant-a", "rep-b")]
    [TestCase("tenant-b", "rep-a")]
    public async Task AnotherRepGetsNotFoundOnEveryRoute(string tenant, string user)
    {
        var id = (string)(await Create())["id"]!;
        using var other = Factory.CreateClient();
        TestSignIn.As(other, new RepId(tenant, user), "pat@contoso.com");

        var responses = new[]
        {
            await other.GetAsync($"/api/referrals/{id}"),
            await other.PostAsJsonAsync($"/api/referrals/{id}/close", new { outcome = "lost" }),
            await other.PostAsync($"/api/referrals/{id}/reopen", null),
            await other.PostAsJsonAsync($"/api/referrals/{id}/snooze", new { until = Now.AddDays(2) }),
            await other.DeleteAsync($"/api/referrals/{id}"),
        };
        var theirList = await other.GetFromJsonAsync<JsonObject>("/api/referrals");
        var mine = await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.NotFound));
            Assert.That(theirList!["referrals"]!.AsArray(), Is.Empty);
            Assert.That(mine!["closedAt"], Is.Null, "rep B's close changed nothing");
            Assert.That(mine["snoozedUntil"], Is.Null, "rep B's snooze changed nothing");
        });
    }
}
