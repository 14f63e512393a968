using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Timeline;

/// <summary>GET /api/referrals/{id}/timeline end to end: real SQLite, the Graph SDK over a mailbox folder.</summary>
public sealed class TimelineApiTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Kim = "kim@fabrikam.com";
    private const string George = "george@adatum.com";

    protected override string WriteMailbox() => new MailboxFolderBuilder()
        .Referral("Kim Lee", Kim, "George Smith", George, Now.AddDays(-30))
        .ReceivedWith(Now.AddDays(-30), "Introduction: Sam, meet Kim", George, [MailboxFolderBuilder.RepAddress, Kim])
        .Sent(Now.AddDays(-29), "Referred by George Smith - quick call?", Kim)
        .Received(Now.AddDays(-29).AddMinutes(1), "Automatic reply: Referred by George Smith", Kim,
            "I am out of the office until 20 November 2026.", ("Auto-Submitted", "auto-replied"))
        .Sent(Now.AddDays(-21), "Re: Referred by George Smith - quick call?", Kim)
        .Sent(Now.AddDays(-14), "Kim Lee - what do you suggest?", George)
        .Received(Now.AddDays(-10), "Re: Referred by George Smith - quick call?", Kim, "Sorry, travelling. Next week?")
        // Ordinary mail to the source, about something else, is not part of Kim's story.
        .Sent(Now.AddDays(-5), "Invoice for October", George)
        // Jordan: one note nine days ago; the second note is due since two days.
        .Referral("Jordan Park", "jordan@northwind.com", "George Smith", George, Now.AddDays(-12))
        .Sent(Now.AddDays(-9), "Referred by George Smith", "jordan@northwind.com")
        .Filler(20, Now.AddDays(-60), Now.AddDays(-1))
        .Write(Now);

    [Test]
    public async Task TheStoryComesInDateOrderWithAutomaticRepliesMarkedAndTheNextStepLast()
    {
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var id = await ReferralIdOfAsync(Kim);

        var timeline = await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}/timeline");

        var entries = timeline!["entries"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => (string?)e!["kind"]), Is.EqualTo(new[]
            {
                "introduction", "note", "auto-reply", "note", "ask-source", "answer",
            }), "Kim answered: the cadence has no next step");
            Assert.That((string?)entries[0]!["who"]!["name"], Is.EqualTo("George Smith"));
            Assert.That(entries.Take(6).Select(e => (string?)e!["messageId"]), Is.All.Not.Null.And.All.Not.Empty,
                "every message entry carries the id that opens it in Outlook");
            Assert.That(entries.Take(6).Select(e => DateTimeOffset.Parse((string)e!["at"]!, System.Globalization.CultureInfo.InvariantCulture)),
                Is.Ordered);
            Assert.That((string?)entries[4]!["subject"], Is.EqualTo("Kim Lee - what do you suggest?"));
            Assert.That((string?)timeline["prospect"]!["name"], Is.EqualTo("Kim Lee"));
        });
    }

    [Test]
    public async Task TheNextStepComesLastWithTheDayItIsDue()
    {
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var id = await ReferralIdOfAsync("jordan@northwind.com");

        var entries = (await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}/timeline"))!["entries"]!.AsArray();

        var next = entries[^1]!;
        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => (string?)e!["kind"]), Is.EqualTo(new[] { "introduction", "note", "next-step" }));
            Assert.That((string?)next["step"], Is.EqualTo("second-note"));
            Assert.That((bool?)next["due"], Is.True);
            Assert.That(DateTimeOffset.Parse((string)next["at"]!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(Now.AddDays(-2)));
            Assert.That((string?)next["who"]!["name"], Is.EqualTo("Jordan Park"));
        });
    }

    [Test]
    public async Task BeforeAnyScanTheTimelineHoldsTheIntroductionAndTheFirstStep()
    {
        var id = await ReferralIdOfAsync(Kim);

        var timeline = await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}/timeline");

        Assert.That(timeline!["entries"]!.AsArray().Select(e => (string?)e!["kind"]), Is.EqualTo(new[] { "introduction" }));
    }

    [Test]
    public async Task AnUnknownReferralIsNotFound()
    {
        var response = await Client.GetAsync("/api/referrals/no-such-referral/timeline");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ARescanReplacesTheStoryInsteadOfAddingToIt()
    {
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var id = await ReferralIdOfAsync(Kim);

        var timeline = await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}/timeline");

        Assert.That(timeline!["entries"]!.AsArray().Count(e => (string?)e!["kind"] == "note"), Is.EqualTo(2));
    }

    [Test]
    public async Task DeletingTheReferralDeletesItsStory()
    {
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var id = await ReferralIdOfAsync(Kim);
        Assert.That((await Client.GetFromJsonAsync<JsonObject>($"/api/referrals/{id}/timeline"))!["entries"]!.AsArray(), Has.Count.GreaterThan(1));

        (await Client.DeleteAsync($"/api/referrals/{id}")).EnsureSuccessStatusCode();

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Factory.DatabasePath}");
        await connection.OpenAsync();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM referral_messages WHERE referral_id = $id";
        count.Parameters.AddWithValue("$id", id);
        Assert.That(Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.Zero);
    }
}
