using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>The follow-up list end to end: real SQLite, the real Graph SDK, the demo mailbox over HTTP.</summary>
public class FollowUpsApiTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    private static string StoryMailbox() => new MailboxFolderBuilder()
        .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
        .Referral("Jordan Park", "jordan@northwind.com", "George Smith", "george@adatum.com", Now.AddDays(-3))
        .Referral("Ana Diaz", "ana@litware.com", "Priya Shah", "priya@relecloud.com", Now.AddDays(-15))
        .Referral("Lost Cause", "lost@tailspin.com", "Priya Shah", "priya@relecloud.com", Now.AddDays(-40), closedAt: Now.AddDays(-2))
        .Sent(Now.AddDays(-9).AddHours(-2), "Referred by George Smith - quick call?", "kim@fabrikam.com")
        .Sent(Now.AddDays(-14), "Referred by Priya Shah", "ana@litware.com")
        .Received(Now.AddDays(-12), "Re: Referred by Priya Shah", "ana@litware.com", "Happy to talk next week.")
        .Filler(60, Now.AddDays(-100), Now.AddDays(-1))
        .Write(Now);

    [Test]
    public async Task ScanStoresTheStateOfEveryReferralAndListsGoneQuietFirst()
    {
        await using var factory = new ApiFactory(StoryMailbox());
        var client = factory.CreateClient();

        var before = await client.GetFromJsonAsync<JsonObject>("/api/referrals");
        var scan = await client.PostAsync("/api/scan", null);
        var after = await client.GetFromJsonAsync<JsonObject>("/api/referrals");

        Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var list = after!["referrals"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(before!["referrals"]!.AsArray().Select(r => (string?)r!["state"]), Is.EquivalentTo(new[] { null, null, null, "closed" }),
                "nothing scanned yet; a closed referral is closed without a scan");
            Assert.That(list.Select(r => (string?)r!["prospect"]!["address"]),
                Is.EqualTo(new[] { "kim@fabrikam.com", "ana@litware.com", "jordan@northwind.com", "lost@tailspin.com" }));
            Assert.That(list.Select(r => (string?)r!["state"]), Is.EqualTo(new[] { "quiet", "replied", "new", "closed" }));
            Assert.That((int?)list[0]!["silentDays"], Is.EqualTo(9));
            Assert.That((string?)list[0]!["nextStep"], Is.EqualTo("second-note"));
            Assert.That((string?)list[0]!["source"]!["name"], Is.EqualTo("George Smith"));
            Assert.That((string?)list[0]!["lastTouch"]!["subject"], Is.EqualTo("Referred by George Smith - quick call?"));
            Assert.That((string?)list[2]!["nextStep"], Is.EqualTo("first-reach-out"));
            Assert.That(after["lastScanAt"], Is.Not.Null);
        });
    }

    [Test]
    public async Task StateFilterReturnsOnlyThoseStates()
    {
        await using var factory = new ApiFactory(StoryMailbox());
        var client = factory.CreateClient();
        await client.PostAsync("/api/scan", null);

        var quiet = await client.GetFromJsonAsync<JsonObject>("/api/referrals?state=quiet,new");

        Assert.That(quiet!["referrals"]!.AsArray().Select(r => (string?)r!["state"]), Is.EquivalentTo(new[] { "quiet", "new" }));
    }

    [TestCase("sleeping")]
    [TestCase("quiet,,bogus")]
    [TestCase(",")]
    public async Task UnknownStateIsAFieldErrorNotAServerError(string state)
    {
        await using var factory = new ApiFactory(StoryMailbox());

        var response = await factory.CreateClient().GetAsync($"/api/referrals?state={Uri.EscapeDataString(state)}");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem!["errors"]!["State"], Is.Not.Null);
        });
    }

    [Test]
    public async Task ScanRequestCountDependsOnPagesNotReferrals()
    {
        var five = await RequestsForAScan(referrals: 5);
        var fifty = await RequestsForAScan(referrals: 50);

        Assert.Multiple(() =>
        {
            Assert.That(fifty, Is.EqualTo(five));
            // 1 profile + per folder its count (filter or not) and 600 messages by delta in 2 pages of 500 + 1 calendar page.
            Assert.That(five, Is.EqualTo(8));
        });
    }

    private static async Task<int> RequestsForAScan(int referrals)
    {
        var builder = new MailboxFolderBuilder().Filler(1200, Now.AddDays(-110), Now.AddDays(-1));
        for (var i = 0; i < referrals; i++)
        {
            builder.Referral($"Prospect {i}", $"prospect{i}@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-30))
                .Sent(Now.AddDays(-20).AddMinutes(i), "Referred by George Smith", $"prospect{i}@fabrikam.com");
        }
        await using var factory = new ApiFactory(builder.Write(Now));
        var client = factory.CreateClient();
        var scan = await client.PostAsync("/api/scan", null);
        var body = await scan.Content.ReadFromJsonAsync<JsonObject>();

        var graphRequests = factory.Emulator.Requests.Count;
        Assert.Multiple(() =>
        {
            Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((int?)body!["graphRequests"], Is.EqualTo(graphRequests), "the scan reports what the mailbox served");
            // A delta round's later pages are links whose token carries the first request's options.
            Assert.That(factory.Emulator.Requests.Where(r => r.Contains("/messages", StringComparison.Ordinal) && !r.Contains("token=", StringComparison.Ordinal)).ToList(),
                Has.Count.EqualTo(2).And.All.Contains("$select=").And.All.Contains("$filter="), "each folder's round asks only for the fields it needs");
        });
        return graphRequests;
    }

    [Test]
    public async Task HealthAndOpenApiAreServed()
    {
        await using var factory = new ApiFactory(StoryMailbox());
        var client = factory.CreateClient();

        var health = await client.GetAsync("/healthz");
        var openApi = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        Assert.Multiple(() =>
        {
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(openApi!["paths"]!.AsObject().Select(p => p.Key), Is.SupersetOf(new[] { "/api/referrals", "/api/scan" }));
        });
    }

    [Test]
    public async Task UnknownApiRouteIsProblemDetails()
    {
        await using var factory = new ApiFactory(StoryMailbox());

        var response = await factory.CreateClient().GetAsync("/api/nothing-here");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task RescanningKeepsOneStatusPerReferral()
    {
        await using var factory = new ApiFactory(StoryMailbox());
        var client = factory.CreateClient();

        await client.PostAsync("/api/scan", null);
        await client.PostAsync("/api/scan", null);
        var list = await client.GetFromJsonAsync<JsonObject>("/api/referrals");

        Assert.That(list!["referrals"]!.AsArray(), Has.Count.EqualTo(4));
    }
}
