using Dapper;
using Microsoft.Data.Sqlite;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Tests.Storage;

/// <summary>Migration 0006: one open referral per rep and prospect, enforced by the database itself.</summary>
public class OpenReferralIndexTests
{
    private static readonly RepId Rep = new("tenant-1", "user-a");
    private static readonly Party Kim = new("Kim", "kim@fabrikam.com");
    private static readonly Party George = new("George", "george@adatum.com");

    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("open-index-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Database Sqlite() => new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "t.db")};Foreign Keys=True");

    [Test]
    public async Task ASecondOpenReferralForTheProspectIsRefusedByTheDatabase()
    {
        var database = Sqlite();
        await Migrator.MigrateAsync(database);
        var store = new ReferralStore(database);
        await store.AddAsync(Rep, [new NewReferral("a", Kim, George, DateTimeOffset.UtcNow)], DateTimeOffset.UtcNow);

        var error = Assert.ThrowsAsync<SqliteException>(() =>
            store.AddAsync(Rep, [new NewReferral("b", Kim, George, DateTimeOffset.UtcNow)], DateTimeOffset.UtcNow));

        Assert.Multiple(async () =>
        {
            Assert.That(Database.IsUniqueViolation(error!), Is.True);
            // Another rep, and a closed referral, are not the same open referral.
            await store.AddAsync(new RepId("tenant-1", "user-b"), [new NewReferral("c", Kim, George, DateTimeOffset.UtcNow)], DateTimeOffset.UtcNow);
            await store.AddAsync(Rep, [new NewReferral("d", Kim, George, DateTimeOffset.UtcNow, ClosedAt: DateTimeOffset.UtcNow, CloseOutcome: "lost")], DateTimeOffset.UtcNow);
            Assert.That(await store.CountAsync(Rep), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task DuplicatesMadeBeforeTheRuleAreClosedKeepingTheOldestOpen()
    {
        var database = Sqlite();
        await using (var connection = await database.OpenAsync())
        {
            foreach (var (version, sql) in Migrator.Scripts(DatabaseProvider.Sqlite).Where(s => string.CompareOrdinal(s.Version, "0006") < 0))
            {
                await connection.ExecuteAsync(sql);
                if (version != Migrator.Scripts(DatabaseProvider.Sqlite)[0].Version)
                {
                    await connection.ExecuteAsync("INSERT INTO schema_migrations (version, applied_at) VALUES (@version, '2026-01-01')", new { version });
                }
            }
        }
        var store = new ReferralStore(database);
        var day = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            await store.AddAsync(Rep, [new NewReferral($"dup{i}", Kim, George, day)], day.AddMinutes(i));
        }

        var applied = await Migrator.MigrateAsync(database);

        var open = (await store.ListAsync(Rep)).Where(r => r.ClosedAt is null).Select(r => r.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(applied, Does.Contain("0006_one_open_referral_per_prospect"));
            Assert.That(open, Is.EqualTo(new[] { "dup0" }));
        });
    }
}
