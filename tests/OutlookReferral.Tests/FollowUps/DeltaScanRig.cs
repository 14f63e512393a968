using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// A rep's scans with stored mail (delta), over a real SQLite file and the real Graph SDK on the emulator:
/// the same path as <see cref="RepScanner"/>, without the web host, so many scans run fast.
/// </summary>
internal sealed class DeltaScanRig : IDisposable
{
    public static readonly RepId Rep = new("tenant", "rep");

    private readonly string directory;

    private DeltaScanRig(Database database, string directory)
    {
        this.directory = directory;
        Database = database;
        Store = new MailStore(database);
        Sync = new MailSync(Store);
    }

    public Database Database { get; }

    public MailStore Store { get; }

    public MailSync Sync { get; }

    public static async Task<DeltaScanRig> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("delta-scan-db-").FullName;
        var database = new Database(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "scan.db")};Pooling=False");
        await Migrator.MigrateAsync(database);
        return new DeltaScanRig(database, directory);
    }

    /// <summary>One scan of the rep as the API runs it: mail from the stored window brought up to date.</summary>
    public async Task<ScanResult> ScanAsync(
        GraphEmulator emulator, IReadOnlyList<TrackedReferral> referrals, DateTimeOffset now, int pageSize = 50, GraphChaos? chaos = null,
        MailSync? instance = null)
    {
        var sync = instance ?? Sync;
        using var graph = RepGraph.Create(chaos?.InFrontOf(emulator) ?? emulator, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);
        var options = new GraphOptions { PageSize = pageSize };
        MailSource window = (tracked, keep, ct) => sync.SyncAsync(Rep, graph, tracked, keep, now.AddDays(-options.WindowDays), pageSize, null, ct);
        return await FollowUpScanner.ScanAsync(graph, referrals, now, options, CancellationToken.None, mail: window);
    }

    /// <summary>The scan before delta: both folders read whole, nothing stored.</summary>
    public static async Task<ScanResult> ReadWholeAsync(GraphEmulator emulator, IReadOnlyList<TrackedReferral> referrals, DateTimeOffset now)
    {
        using var graph = Connect(emulator);
        return await FollowUpScanner.ScanAsync(graph, referrals, now, new GraphOptions { PageSize = 50 }, CancellationToken.None);
    }

    public static RepGraph Connect(GraphEmulator emulator) =>
        RepGraph.Create(emulator, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);

    /// <summary>Everything a scan found, as text to compare: statuses, introductions, timelines.</summary>
    public static string Outcome(ScanResult result) => JsonSerializer.Serialize(new
    {
        Referrals = result.Referrals.Select(r => new { r.Referral.Id, r.Status }),
        result.Introductions,
        Stories = result.Stories.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new { s.Key, s.Value }),
    });

    /// <summary>How many of the emulator's requests since <paramref name="from"/> were mail requests (folders, messages, delta, search).</summary>
    public static int MailRequests(GraphEmulator emulator, int from) =>
        emulator.Requests.Skip(from).Count(r => r.Contains("/mailFolders/", StringComparison.OrdinalIgnoreCase));

    public async Task<int> StoredMessagesAsync()
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mail_messages");
    }

    /// <summary>A message as Graph gives it, for <see cref="MailboxFolder.Deliver"/>.</summary>
    public static JsonObject Message(string id, DateTimeOffset at, string subject, string from, string[] to, string[]? cc = null, string preview = "")
    {
        static JsonObject Recipient(string address) =>
            new() { ["emailAddress"] = new JsonObject { ["name"] = address.Split('@')[0], ["address"] = address } };
        return new JsonObject
        {
            ["id"] = id,
            ["conversationId"] = $"AAQkConv_{subject.Replace("Re: ", "", StringComparison.Ordinal).GetHashCode(StringComparison.Ordinal):X8}",
            ["subject"] = subject,
            ["from"] = Recipient(from),
            ["toRecipients"] = new JsonArray(to.Select(a => (JsonNode)Recipient(a)).ToArray()),
            ["ccRecipients"] = new JsonArray((cc ?? []).Select(a => (JsonNode)Recipient(a)).ToArray()),
            ["sentDateTime"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["receivedDateTime"] = at.AddSeconds(2).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["bodyPreview"] = preview,
            ["isDraft"] = false,
        };
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
