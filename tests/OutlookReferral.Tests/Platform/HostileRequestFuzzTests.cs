using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.Platform;

/// <summary>
/// Thousands of hostile requests over every route /openapi/v1.json describes, in process, from a fixed seed (a failure
/// names the request's number and what it was, and comes back on the next run). None may answer 500 or above; every
/// refusal is problem details; a refused request changes no row and writes no draft.
/// </summary>
public class HostileRequestFuzzTests
{
    private const int Seed = 14;
    private const int Requests = 5000;

    // Every table but `scans`, a log of mailbox reads that some refusals rightly add to (a draft click reads the
    // mailbox before it can tell that nothing is due), and `calendar_sync`, whose delta link each such read moves on.
    // Quartz's tables (QRTZ_*) hold the scheduler's state, not a rep's records, and no request writes them.
    private const string RecordTables = """
        SELECT name FROM sqlite_master
        WHERE type = 'table' AND name NOT IN ('scans', 'calendar_sync', 'schema_migrations') AND name NOT LIKE 'sqlite_%'
          AND name NOT LIKE 'QRTZ!_%' ESCAPE '!'
        ORDER BY name
        """;

    [Test]
    public async Task HostileRequestsGetNoServerErrorAndRefusedOnesChangeNothing()
    {
        await using var api = new ApiFactory();
        // Thousands of refusals would each log a warning with its exception: the statuses say what happened.
        await using var factory = api.WithWebHostBuilder(b => b.ConfigureLogging(l => l.ClearProviders()));
        using var client = factory.CreateClient();
        var emulator = factory.Services.GetRequiredService<GraphEmulator>();
        (await client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var ids = await RealIdsAsync(client);
        var openApi = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = ApiOperation.FromOpenApi(openApi);
        Assert.That(operations, Has.Count.GreaterThanOrEqualTo(20), "the API description lists every route");
        var random = new Random(Seed);
        var hostile = new HostileRequests(openApi, random, name => ids.TryGetValue(name, out var some) && some.Count > 0 ? some[random.Next(some.Count)] : null);
        await using var database = new SqliteConnection($"Data Source={api.DatabasePath};Mode=ReadOnly");
        await database.OpenAsync();
        var tables = (await database.QueryAsync<string>(RecordTables)).ToList();

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var perOperation = operations.ToDictionary(o => o.ToString(), _ => 0);
        var timePerOperation = operations.ToDictionary(o => o.ToString(), _ => TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        var before = await FingerprintAsync(database, tables);
        var lastVersion = await database.ExecuteScalarAsync<long>("PRAGMA data_version");
        var stale = false;
        var drafts = emulator.Mailbox.Drafts.Count;
        for (var i = 0; i < Requests; i++)
        {
            var operation = Pick(operations, random, i);
            // "Delete all my data" only ever comes from another site here: once through, it would empty the database for the rest of the run.
            var (request, description) = hostile.For(operation, fromAnotherSite: operation.Path == "/api/me/data");
            if (stale && ReadsTheMailbox(operation))
            {
                // An accepted change since the last read (a referral closed, deleted): the read this request makes would
                // bring it into statuses, meetings and suggestions. Read first, so what follows is this request's alone.
                (await client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
                before = await FingerprintAsync(database, tables);
                lastVersion = await database.ExecuteScalarAsync<long>("PRAGMA data_version");
                stale = false;
            }
            var started = clock.Elapsed;
            using (request)
            using (var response = await client.SendAsync(request))
            {
                timePerOperation[operation.ToString()] += clock.Elapsed - started;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                perOperation[operation.ToString()]++;
                // Most requests write nothing: SQLite's data_version says whether any other connection committed since.
                var version = await database.ExecuteScalarAsync<long>("PRAGMA data_version");
                var after = version == lastVersion ? before : await FingerprintAsync(database, tables);
                stale |= status < 400 && after != before;
                lastVersion = version;
                var draftsNow = emulator.Mailbox.Drafts.Count;
                if (status >= 500)
                {
                    failures.Add($"#{i} {status}: {description} {Clip(await response.Content.ReadAsStringAsync())}");
                }
                else if (status >= 400 && (after != before || draftsNow != drafts))
                {
                    failures.Add($"#{i} {status} changed {(after != before ? "rows of " + string.Join(", ", ChangedTables(before, after)) : "drafts")}: {description} {Clip(await response.Content.ReadAsStringAsync())}");
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"#{i} {status} without problem details ({response.Content.Headers.ContentType}): {description}");
                }
                (before, drafts) = (after, draftsNow);
            }
        }

        TestContext.Out.WriteLine($"{Requests} requests (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s; statuses: "
            + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        TestContext.Out.WriteLine("Slowest: " + string.Join(", ", timePerOperation.OrderByDescending(t => t.Value).Take(6).Select(t => $"{t.Key} {t.Value.TotalSeconds:F1} s")));
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, $"{failures.Count} failures; the first ones:\n" + string.Join("\n", failures.Take(15)));
            Assert.That(perOperation.Where(o => o.Value == 0).Select(o => o.Key), Is.Empty, "operations never tried");
            Assert.That(statuses.Keys.Where(s => s is >= 200 and < 300), Is.Not.Empty, "some requests still get through: the fuzz reaches handlers");
        });
    }

    /// <summary>
    /// Round-robin over the operations, so each gets its share; a scan reads the whole mailbox, so it gets one turn in sixteen.
    /// </summary>
    private static ApiOperation Pick(IReadOnlyList<ApiOperation> operations, Random random, int index)
    {
        var operation = operations[index % operations.Count];
        return operation.Path == "/api/scan" && random.Next(16) != 0 ? operations[(index + 1) % operations.Count] : operation;
    }

    private static bool ReadsTheMailbox(ApiOperation operation) =>
        operation.Path.EndsWith("/drafts", StringComparison.Ordinal) || operation.Path.EndsWith("/settle", StringComparison.Ordinal);

    /// <summary>Ids of real records, so some hostile requests reach past "not found".</summary>
    private static async Task<Dictionary<string, List<string>>> RealIdsAsync(HttpClient client)
    {
        var referrals = (await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        var suggestions = (await client.GetFromJsonAsync<JsonArray>("/api/introductions"))!.Select(s => (string)s!["id"]!).ToList();
        var meetings = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Select(m => (string)m!["eventId"]!).ToList();
        return new Dictionary<string, List<string>>
        {
            ["id"] = [.. referrals, .. suggestions],
            ["eventId"] = meetings,
            ["step"] = ["second-note", "check-in", "ask-source", "indifference"],
        };
    }

    /// <summary>Every row of every record table, as one string: equal before and after means nothing changed.</summary>
    private static async Task<string> FingerprintAsync(SqliteConnection database, IEnumerable<string> tables)
    {
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append('#').Append(table);
            foreach (IDictionary<string, object?> row in await database.QueryAsync($"SELECT * FROM {table} ORDER BY 1, 2, 3"))
            {
                text.Append('\n').AppendJoin('|', row.Values);
            }
        }
        return text.ToString();
    }

    private static IEnumerable<string> ChangedTables(string before, string after) =>
        before.Split('#').Zip(after.Split('#')).Where(p => p.First != p.Second).Select(p => p.Second.Split('\n')[0]);

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
