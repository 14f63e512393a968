using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Identity;

/// <summary>
/// Signed in with real tokens, a rep sees only their own referrals, introductions, drafts and
/// templates: another rep of the same tenant, or of another tenant with the same object id, gets
/// 404 for every id of theirs, on every route that takes one.
/// </summary>
public class RepIsolationTests
{
    private SignedInApiFactory factory = null!;
    private HttpClient sam = null!;
    private string referralId = null!;
    private string conversationId = null!;
    private string suggestionId = null!;

    [OneTimeSetUp]
    public async Task SamTracksAReferralDraftsAndRewordsATemplate()
    {
        factory = new SignedInApiFactory();
        sam = factory.CreateClient(TestTokens.Sam);
        (await sam.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var suggestions = (await sam.GetFromJsonAsync<JsonArray>("/api/introductions/"))!;
        Assert.That(suggestions, Has.Count.GreaterThan(1), "the demo mailbox holds introductions");
        var tracked = await sam.PostAsync($"/api/introductions/{(string?)suggestions[0]!["id"]}/track", null);
        Assert.That(tracked.StatusCode, Is.EqualTo(HttpStatusCode.Created), await tracked.Content.ReadAsStringAsync());
        var referral = (await tracked.Content.ReadFromJsonAsync<JsonObject>())!;
        referralId = (string)referral["id"]!;
        conversationId = (string)suggestions[0]!["conversationId"]!;
        suggestionId = (string)suggestions[1]!["id"]!;
        var draft = await sam.PostAsJsonAsync($"/api/referrals/{referralId}/drafts", new { step = "second-note", force = true });
        Assert.That(draft.IsSuccessStatusCode, Is.True, await draft.Content.ReadAsStringAsync());
        Assert.That(factory.Emulator.Mailbox.Drafts, Is.Not.Empty);
        (await sam.PutAsJsonAsync("/api/templates/check-in", new { subject = "Sam's own check-in", body = "<p>Sam's words</p>" })).EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        sam.Dispose();
        await factory.DisposeAsync();
    }

    public static IEnumerable<TestCaseData> OtherReps()
    {
        yield return new TestCaseData(TestTokens.Pat).SetArgDisplayNames("a rep of the same tenant");
        yield return new TestCaseData(TestTokens.Robin).SetArgDisplayNames("a rep of another tenant with the same object id");
    }

    // A body each route accepts, so that only ownership can stand between the request and the record.
    private static object BodyFor(ApiRoute route) => route.Pattern switch
    {
        var p when p.EndsWith("/close", StringComparison.Ordinal) => new { outcome = "lost" },
        var p when p.EndsWith("/snooze", StringComparison.Ordinal) => new { until = ApiFactory.DemoNow.AddDays(3) },
        var p when p.EndsWith("/drafts", StringComparison.Ordinal) => new { step = "second-note", force = true },
        _ => new { },
    };

    private string IdFor(ApiRoute route) => route.Pattern switch
    {
        var p when p.StartsWith("/api/referrals/", StringComparison.Ordinal) => referralId,
        var p when p.StartsWith("/api/introductions/", StringComparison.Ordinal) => suggestionId,
        _ => throw new AssertionException($"{route} takes an id of a kind this test does not know: say whose record it names."),
    };

    [TestCaseSource(nameof(OtherReps))]
    public async Task EveryRouteWithAnIdIsNotFoundForAnotherRep(TestRep other)
    {
        using var them = factory.CreateClient(other);
        var draftsBefore = factory.Emulator.Mailbox.Drafts.Count;
        var routes = ApiRoute.All(factory).Where(r => r.Parameters.Contains("id")).ToList();

        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var route in routes)
        {
            using var request = route.Request(_ => IdFor(route));
            if (request.Content is not null)
            {
                request.Content = JsonContent.Create(BodyFor(route));
            }
            using var response = await them.SendAsync(request);
            statuses[route.ToString()] = response.StatusCode;
        }

        var mine = await sam.GetFromJsonAsync<JsonObject>($"/api/referrals/{referralId}");
        var open = await sam.GetFromJsonAsync<JsonArray>("/api/introductions/");
        Assert.Multiple(() =>
        {
            Assert.That(routes, Has.Count.GreaterThanOrEqualTo(8));
            Assert.That(statuses, Has.All.Property("Value").EqualTo(HttpStatusCode.NotFound), string.Join("\n", statuses));
            Assert.That(factory.Emulator.Mailbox.Drafts, Has.Count.EqualTo(draftsBefore), "no draft was written for them");
            Assert.That(mine!["closedAt"], Is.Null, "their close changed nothing");
            Assert.That(mine["snoozedUntil"], Is.Null, "their snooze changed nothing");
            Assert.That(open!.Select(s => (string?)s!["id"]), Does.Contain(suggestionId), "their dismiss changed nothing");
        });
    }

    [TestCaseSource(nameof(OtherReps))]
    public async Task AnotherRepsListsHoldNoneOfSamsRecords(TestRep other)
    {
        using var them = factory.CreateClient(other);

        var referrals = await them.GetFromJsonAsync<JsonObject>("/api/referrals");
        var introductions = await them.GetFromJsonAsync<JsonArray>("/api/introductions/");
        var template = await them.GetFromJsonAsync<JsonObject>("/api/templates/check-in");
        var templates = await them.GetFromJsonAsync<JsonArray>("/api/templates/");
        var context = await them.GetFromJsonAsync<JsonObject>($"/api/context?conversationId={Uri.EscapeDataString(conversationId)}");
        var sources = await them.GetFromJsonAsync<JsonObject>("/api/sources");
        var progress = await them.GetFromJsonAsync<JsonObject>("/api/scan/progress");
        var timeline = await them.GetAsync($"/api/referrals/{referralId}/timeline");

        Assert.Multiple(() =>
        {
            Assert.That(referrals!["referrals"]!.AsArray(), Is.Empty);
            Assert.That(sources!["sources"]!.AsArray(), Is.Empty, "Sam's sources are not theirs");
            Assert.That(progress!["lastScanAt"], Is.Null, "Sam's scans are not theirs");
            Assert.That(timeline.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "Sam's timeline is not theirs");
            Assert.That(introductions, Is.Empty);
            Assert.That((bool?)template!["isDefault"], Is.True);
            Assert.That(templates!.Select(t => (bool?)t!["isDefault"]), Is.All.True);
            Assert.That(context!["referral"], Is.Null);
            Assert.That(context["suggestion"], Is.Null);
        });
    }

    [TestCaseSource(nameof(OtherReps))]
    public async Task AnotherRepsTemplateChangesLeaveSamsWordingAlone(TestRep other)
    {
        using var them = factory.CreateClient(other);

        await them.PutAsJsonAsync("/api/templates/check-in", new { subject = "Theirs", body = "<p>theirs</p>" });
        await them.DeleteAsync("/api/templates/check-in");
        var mine = await sam.GetFromJsonAsync<JsonObject>("/api/templates/check-in");

        Assert.That((string?)mine!["subject"], Is.EqualTo("Sam's own check-in"));
    }

    [Test]
    public async Task SamStillSeesAllOfHisOwn()
    {
        var referral = await sam.GetAsync($"/api/referrals/{referralId}");
        var context = await sam.GetFromJsonAsync<JsonObject>($"/api/context?conversationId={Uri.EscapeDataString(conversationId)}");
        var timeline = await sam.GetFromJsonAsync<JsonObject>($"/api/referrals/{referralId}/timeline");
        var sources = await sam.GetFromJsonAsync<JsonObject>("/api/sources");

        Assert.Multiple(() =>
        {
            Assert.That(referral.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)timeline!["entries"]![0]!["kind"], Is.EqualTo("introduction"));
            Assert.That(sources!["sources"]!.AsArray().SelectMany(s => s!["referrals"]!.AsArray()).Select(r => (string?)r!["id"]),
                Does.Contain(referralId));
            Assert.That((string?)context!["referral"]!["id"], Is.EqualTo(referralId));
        });
    }
}
