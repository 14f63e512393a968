using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlookReferral.Privacy;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Privacy;

/// <summary>
/// DELETE /api/me/data leaves no row of the calling rep in any table of the schema (read from the database, so a
/// new table cannot be forgotten), and every row of another rep exactly as it was.
/// </summary>
public class MyDataApiTests
{
    private ApiFactory factory = null!;
    private HttpClient client = null!;

    [SetUp]
    public void StartApi()
    {
        factory = new ApiFactory();
        client = factory.CreateClient();
    }

    [TearDown]
    public async Task StopApi()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        return connection;
    }

    /// <summary>Every table with a tenant_id and a user_id column, and its columns.</summary>
    private static Dictionary<string, string[]> RepTables(SqliteConnection connection) =>
        connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .Select(table => (table, columns: connection.Query<string>($"SELECT name FROM pragma_table_info('{table}')").ToArray()))
            .Where(t => t.columns.Contains("tenant_id") && t.columns.Contains("user_id"))
            .ToDictionary(t => t.table, t => t.columns);

    /// <summary>Every row of a rep, per table, as text: what "unchanged" is compared on.</summary>
    private static Dictionary<string, List<string>> RowsOf(SqliteConnection connection, string tenant, string user) =>
        RepTables(connection).ToDictionary(t => t.Key, t => connection.Query($"SELECT * FROM {t.Key} WHERE tenant_id = @tenant AND user_id = @user ORDER BY 1, 2, 3",
                new { tenant, user })
            .Select(row => string.Join("|", ((IDictionary<string, object?>)row).Select(c => $"{c.Key}={c.Value}"))).ToList());

    /// <summary>Copies every row of the demo rep to another rep (ids prefixed, so keys and references stay whole).</summary>
    private static void CopyRowsTo(SqliteConnection connection, string tenant, string fromUser, string toUser)
    {
        foreach (var (table, columns) in RepTables(connection))
        {
            var values = columns.Select(c => c switch
            {
                "user_id" => "@toUser",
                "id" when table == "scans" => "NULL",
                "id" or "referral_id" => $"'o-' || {c}",
                _ => c,
            });
            connection.Execute($"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM {table} WHERE tenant_id = @tenant AND user_id = @fromUser",
                new { tenant, fromUser, toUser });
        }
    }

    [Test]
    public async Task NoRowOfTheRepRemainsAndNoOtherRepsRowIsTouched()
    {
        var me = (await client.GetFromJsonAsync<JsonObject>("/api/me"))!;
        var (tenant, user) = ((string)me["tenantId"]!, (string)me["userId"]!);
        (await client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var referral = (string)(await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]![0]!["id"]!;
        (await client.PostAsJsonAsync($"/api/referrals/{referral}/drafts", new { step = "check-in", force = true })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/templates/check-in", new { subject = "Mine", body = "<p>Mine</p>" })).EnsureSuccessStatusCode();
        using var connection = Open();
        // A claim only lives while a draft is written: put one there, as an instance that died mid-draft would leave it.
        connection.Execute("INSERT INTO draft_claims (tenant_id, user_id, referral_id, step, claim_token, claimed_at) VALUES (@tenant, @user, @referral, 'indifference', 't', '2026-11-23')",
            new { tenant, user, referral });
        CopyRowsTo(connection, tenant, user, "another-rep");
        // A mail subscription exists only with notifications on; its id is unique, so each rep gets their own.
        connection.Execute("INSERT INTO mail_subscriptions (tenant_id, user_id, subscription_id, client_state, expires_at) VALUES (@tenant, @user, @id, 's', '2026-11-25')",
            new[] { new { tenant, user, id = "sub-mine" }, new { tenant, user = "another-rep", id = "sub-theirs" } });
        var mineBefore = RowsOf(connection, tenant, user);
        var theirsBefore = RowsOf(connection, tenant, "another-rep");
        Assert.That(mineBefore.Where(t => t.Value.Count == 0).Select(t => t.Key), Is.Empty, "every table holds rows of the rep before");

        var response = await client.DeleteAsync("/api/me/data");

        var deleted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(RowsOf(connection, tenant, user).Where(t => t.Value.Count > 0).Select(t => t.Key), Is.Empty, "tables with rows of the rep left");
            Assert.That(RowsOf(connection, tenant, "another-rep"), Is.EqualTo(theirsBefore));
            Assert.That((int?)deleted["rows"]!["referrals"], Is.EqualTo(mineBefore["referrals"].Count));
        });
    }

    [Test]
    public void EveryTableWithRepColumnsIsInTheDeleteList()
    {
        using var connection = Open();

        Assert.That(MyDataApi.Tables, Is.EquivalentTo(RepTables(connection).Keys));
    }

    [Test]
    public async Task TheListIsEmptyAfterwards()
    {
        Assert.That((await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray(), Is.Not.Empty);

        (await client.DeleteAsync("/api/me/data")).EnsureSuccessStatusCode();

        Assert.That((await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray(), Is.Empty);
    }
}
