using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Meetings;

/// <summary>
/// A meeting deleted from the rep's calendar leaves the stored meetings (issue 13): the calendar delta reports it
/// @removed, and the next scan no longer finds it in the range it looked at, so it goes from GET /api/meetings and
/// from the referral's timeline. A meeting older than the scan's range is history and stays; another rep's meeting
/// with the same event id is not touched.
/// </summary>
public class RemovedMeetingTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Rep = MailboxFolderBuilder.RepAddress;
    private const string Kim = "kim@fabrikam.com";

    // Kim was introduced long ago: a call near the start of the 120-day window, and a missed Teams call two days ago.
    private static string Mailbox() =>
        new MailboxFolderBuilder()
            .Referral("Kim Lee", Kim, "George Smith", "george@adatum.com", Now.AddDays(-130))
            .Sent(Now.AddDays(-125), "George Smith suggested we connect", Kim)
            .Event("ev-old", Now.AddDays(-119), 30, "First call", [Kim])
            .Event("ev-kim", Now.AddDays(-2), 30, "Intro call", [Kim], joinUrl: "https://teams.example/meet/kim")
            .Attendance("https://teams.example/meet/kim", Now.AddDays(-2), 30, [Rep])
            .Filler(30, Now.AddDays(-40), Now.AddDays(-1))
            .Write(Now);

    private static async Task Scan(HttpClient client)
    {
        var scan = await client.PostAsync("/api/scan", null);
        Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scan.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> StoredMeetings(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Select(m => (string)m!["eventId"]!).Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> TimelineMeetings(HttpClient client)
    {
        var kim = (await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray()
            .Single(r => (string?)r!["prospect"]!["address"] == Kim)!;
        var timeline = (await client.GetFromJsonAsync<JsonObject>($"/api/referrals/{(string)kim["id"]!}/timeline"))!;
        return timeline["entries"]!.AsArray().Where(e => (string?)e!["kind"] == "meeting")
            .Select(e => (string)e!["eventId"]!).Order(StringComparer.Ordinal).ToList();
    }

    // Copies of the rep's ev-kim row under another rep of the same tenant and under the same object id in another tenant:
    // same event id, same referral id, so only the rep filter can keep a prune off them.
    private static void StoreOtherRepsCopies(ApiFactory factory)
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        var copied = connection.Execute("""
            INSERT INTO meetings (tenant_id, user_id, event_id, referral_id, subject, start_at, end_at, outcome, evidence, attendance,
                                  attendance_records, first_checked_at, settlement, updated_at, note)
            SELECT t.tenant_id, t.user_id, m.event_id, m.referral_id, m.subject, m.start_at, m.end_at, m.outcome, m.evidence, m.attendance,
                   m.attendance_records, m.first_checked_at, m.settlement, m.updated_at, m.note
            FROM meetings m
            CROSS JOIN (SELECT tenant_id, 'another-user' AS user_id FROM meetings WHERE event_id = 'ev-kim'
                        UNION SELECT 'another-tenant', user_id FROM meetings WHERE event_id = 'ev-kim') t
            WHERE m.event_id = 'ev-kim'
            """);
        Assert.That(copied, Is.EqualTo(2));
    }

    private static long OtherRepsCopies(ApiFactory factory)
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        return connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM meetings WHERE event_id = 'ev-kim' AND (user_id = 'another-user' OR tenant_id = 'another-tenant')");
    }

    [Test]
    public async Task AMeetingDeletedFromTheCalendarLeavesTheMeetingsAndTheTimeline()
    {
        await using var factory = new ApiFactory(Mailbox());
        var client = factory.CreateClient();
        await Scan(client);
        Assert.That(await StoredMeetings(client), Is.EqualTo(new[] { "ev-kim", "ev-old" }), "both calls were stored by the first scan");
        StoreOtherRepsCopies(factory);

        factory.Emulator.Mailbox.Calendar.Delete("ev-kim");
        await Scan(client);

        Assert.Multiple(async () =>
        {
            Assert.That(await StoredMeetings(client), Is.EqualTo(new[] { "ev-old" }));
            Assert.That(await TimelineMeetings(client), Is.EqualTo(new[] { "ev-old" }));
            Assert.That(OtherRepsCopies(factory), Is.EqualTo(2), "another rep's meeting with the same event id is theirs");
        });
    }

    [Test]
    public async Task AMeetingOlderThanTheWindowStaysWhileADeletedOneGoes()
    {
        await using var factory = new ApiFactory(Mailbox());
        var client = factory.CreateClient();
        await Scan(client);
        Assert.That(await StoredMeetings(client), Is.EqualTo(new[] { "ev-kim", "ev-old" }));

        // Two days on, the first call starts before the window (120 days back): the scan no longer looks at it.
        factory.Advance(TimeSpan.FromDays(2));
        factory.Emulator.Mailbox.Calendar.Delete("ev-kim");
        await Scan(client);

        Assert.Multiple(async () =>
        {
            Assert.That(await StoredMeetings(client), Is.EqualTo(new[] { "ev-old" }), "history stays, the deleted call goes");
            Assert.That(await TimelineMeetings(client), Is.EqualTo(new[] { "ev-old" }));
        });
    }

    [Test]
    public async Task ARescanWritesOnlyTheMeetingsThatChanged()
    {
        await using var factory = new ApiFactory(Mailbox());
        var client = factory.CreateClient();
        await Scan(client);
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        const string Marker = "2000-01-01T00:00:00.0000000+00:00";
        var rows = connection.Execute($"UPDATE meetings SET updated_at = '{Marker}'");
        List<string> Written() =>
            [.. connection.Query<string>($"SELECT event_id FROM meetings WHERE updated_at <> '{Marker}' ORDER BY event_id")];

        await Scan(client);
        var afterNothingChanged = Written();
        // A row that no longer says what the scan finds (as if a verdict changed): only it is written again.
        connection.Execute("UPDATE meetings SET outcome = 'stale' WHERE event_id = 'ev-kim'");
        await Scan(client);
        var afterOneChanged = Written();

        Assert.Multiple(async () =>
        {
            Assert.That(rows, Is.EqualTo(2), "both meetings stored");
            Assert.That(afterNothingChanged, Is.Empty, "a rescan that found the meetings as stored writes none");
            Assert.That(afterOneChanged, Is.EqualTo(new[] { "ev-kim" }));
            Assert.That(connection.ExecuteScalar<string>("SELECT outcome FROM meetings WHERE event_id = 'ev-kim'"), Is.Not.EqualTo("stale"));
            Assert.That(await StoredMeetings(client), Is.EqualTo(new[] { "ev-kim", "ev-old" }));
        });
    }
}
