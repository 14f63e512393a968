using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Referrals;

/// <summary>
/// A prospect is tracked once at a time, whatever arrives at once: a double-click, thirty parallel requests, a
/// suggestion tracked from two panes. The database's unique index decides; the losers get 409 with the winner's id.
/// </summary>
public class OneOpenReferralTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Rep = MailboxFolderBuilder.RepAddress;

    protected override string WriteMailbox() =>
        new MailboxFolderBuilder()
            .ReceivedWith(Now.AddDays(-3), "Intro: Dana <> Sam", "priya@relecloud.com", [Rep, "dana@northwindtraders.com"],
                preview: "Sam, meet Dana. Dana runs operations at Northwind and is looking at exactly what you do. I'll let you two take it from here.")
            .Write(Now);

    private static object Dana => new
    {
        prospect = new { name = "Dana Ruiz", address = "dana@northwindtraders.com" },
        source = new { name = "Priya Nair", address = "priya@relecloud.com" },
        introducedAt = Now.AddDays(-3),
    };

    private int OpenReferralsOf(string prospect)
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath}");
        return connection.ExecuteScalar<int>(
            "SELECT COUNT(*) FROM referrals WHERE prospect_address = @prospect AND closed_at IS NULL", new { prospect });
    }

    /// <summary>Sends all requests at once and returns status and body of each.</summary>
    private static async Task<(HttpStatusCode Status, JsonObject Body)[]> AllAtOnceAsync(int count, Func<Task<HttpResponseMessage>> send)
    {
        using var start = new ManualResetEventSlim();
        var requests = Enumerable.Range(0, count).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            using var response = await send();
            return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
        })).ToList();
        start.Set();
        return await Task.WhenAll(requests);
    }

    [Test]
    public async Task ThirtyParallelTracksOfOneProspectMakeOneReferral()
    {
        var answers = await AllAtOnceAsync(30, () => Client.PostAsJsonAsync("/api/referrals", Dana));

        var created = answers.Where(a => a.Status == HttpStatusCode.Created).ToList();
        var refused = answers.Where(a => a.Status == HttpStatusCode.Conflict).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(created, Has.Count.EqualTo(1), string.Join(", ", answers.Select(a => a.Status)));
            Assert.That(refused, Has.Count.EqualTo(29));
            Assert.That(refused.Select(r => (string?)r.Body["existingReferralId"]).Distinct(), Is.EqualTo(new[] { (string?)created[0].Body["id"] }));
            Assert.That(OpenReferralsOf("dana@northwindtraders.com"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task TwentyParallelTracksOfOneSuggestionMakeOneReferral()
    {
        await Client.PostAsync("/api/scan", null);
        var suggestion = (string)(await Client.GetFromJsonAsync<JsonArray>("/api/introductions"))!.Single()!["id"]!;

        var answers = await AllAtOnceAsync(20, () => Client.PostAsync($"/api/introductions/{suggestion}/track", null));

        var created = answers.Where(a => a.Status == HttpStatusCode.Created).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(created, Has.Count.EqualTo(1), string.Join(", ", answers.Select(a => a.Status)));
            Assert.That(answers.Where(a => a.Status != HttpStatusCode.Created).Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Conflict));
            Assert.That(answers.Where(a => a.Status == HttpStatusCode.Conflict).Select(a => (string?)a.Body["existingReferralId"]),
                Is.All.EqualTo((string?)created[0].Body["id"]));
            Assert.That(OpenReferralsOf("dana@northwindtraders.com"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ReopeningWhileTheProspectIsTrackedAgainIsAConflictNamingTheOpenOne()
    {
        var first = (string)(await TrackAsync(Dana))["id"]!;
        (await Client.PostAsJsonAsync($"/api/referrals/{first}/close", new { outcome = "not-now" })).EnsureSuccessStatusCode();
        var second = (string)(await TrackAsync(Dana))["id"]!;

        var reopen = await Client.PostAsync($"/api/referrals/{first}/reopen", null);

        var problem = (await reopen.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Multiple(() =>
        {
            Assert.That(reopen.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)problem["existingReferralId"], Is.EqualTo(second));
            Assert.That(OpenReferralsOf("dana@northwindtraders.com"), Is.EqualTo(1));
        });
    }
}
