using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Introductions;

/// <summary>Introductions found by a scan, tracked in one click or dismissed for good.</summary>
public class IntroductionsApiTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Rep = MailboxFolderBuilder.RepAddress;


    protected override string WriteMailbox() =>
        new MailboxFolderBuilder()
            .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
            .ReceivedWith(Now.AddDays(-3), "Intro: Dana <> Sam", "priya@relecloud.com", [Rep, "dana@northwindtraders.com"],
                preview: "Sam, meet Dana. Dana runs operations at Northwind and is looking at exactly what you do. I'll let you two take it from here.")
            .ReceivedWith(Now.AddDays(-2), "Meet our new CFO", "news@relecloud.com", [Rep, "all@relecloud.com"], preview: "Newsletter")
            .Write(Now);


    private async Task<JsonArray> Suggestions()
    {
        await Client.PostAsync("/api/scan", null);
        return (await Client.GetFromJsonAsync<JsonArray>("/api/introductions"))!;
    }

    [Test]
    public async Task AScanSuggestsTheIntroductionItFound()
    {
        var suggestions = await Suggestions();

        var only = suggestions.Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)only["source"]!["address"], Is.EqualTo("priya@relecloud.com"));
            Assert.That((string?)only["prospect"]!["address"], Is.EqualTo("dana@northwindtraders.com"));
            Assert.That((string?)only["subject"], Is.EqualTo("Intro: Dana <> Sam"));
        });
    }

    [Test]
    public async Task TrackingInOneClickMakesAReferralAndTheSuggestionGoes()
    {
        var id = (string)(await Suggestions()).Single()!["id"]!;

        var tracked = await Client.PostAsync($"/api/introductions/{id}/track", null);
        var referral = await tracked.Content.ReadFromJsonAsync<JsonObject>();
        var after = await Suggestions();
        var list = await Client.GetFromJsonAsync<JsonObject>("/api/referrals");

        Assert.Multiple(() =>
        {
            Assert.That(tracked.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)referral!["source"]!["address"], Is.EqualTo("priya@relecloud.com"));
            Assert.That((DateTimeOffset?)referral["introducedAt"], Is.EqualTo(Now.AddDays(-3).AddSeconds(2)));
            Assert.That(after, Is.Empty);
            Assert.That(list!["referrals"]!.AsArray().Select(r => (string?)r!["prospect"]!["address"]), Does.Contain("dana@northwindtraders.com"));
            Assert.That(list["referrals"]!.AsArray().Single(r => (string?)r!["prospect"]!["address"] == "dana@northwindtraders.com")!["state"]!.ToString(),
                Is.EqualTo("new"));
        });
    }

    [Test]
    public async Task ADismissedSuggestionNeverComesBack()
    {
        var id = (string)(await Suggestions()).Single()!["id"]!;

        var dismissed = await Client.PostAsync($"/api/introductions/{id}/dismiss", null);
        var afterRescan = await Suggestions();
        var trackAfterDismiss = await Client.PostAsync($"/api/introductions/{id}/track", null);

        Assert.Multiple(() =>
        {
            Assert.That(dismissed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterRescan, Is.Empty);
            Assert.That(trackAfterDismiss.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task TheIntroductionThreadShowsTheSuggestionInContext()
    {
        var suggestion = (await Suggestions()).Single()!;

        var context = await Client.GetFromJsonAsync<JsonObject>(
            $"/api/context?conversationId={Uri.EscapeDataString((string)suggestion["conversationId"]!)}&from=priya@relecloud.com");

        Assert.Multiple(() =>
        {
            Assert.That(context!["referral"], Is.Null);
            Assert.That((string?)context["suggestion"]!["id"], Is.EqualTo((string?)suggestion["id"]));
        });
    }

    [Test]
    public async Task AnotherRepCanNeitherSeeNorTrackNorDismissIt()
    {
        var id = (string)(await Suggestions()).Single()!["id"]!;
        using var other = Factory.CreateClient();
        TestSignIn.As(other, new RepId("tenant-b", "rep-b"), "b@contoso.com");

        var list = await other.GetFromJsonAsync<JsonArray>("/api/introductions");
        var track = await other.PostAsync($"/api/introductions/{id}/track", null);
        var dismiss = await other.PostAsync($"/api/introductions/{id}/dismiss", null);

        Assert.Multiple(async () =>
        {
            Assert.That(list, Is.Empty);
            Assert.That(track.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(dismiss.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await Client.GetFromJsonAsync<JsonArray>("/api/introductions"), Has.Count.EqualTo(1));
        });
    }
}
