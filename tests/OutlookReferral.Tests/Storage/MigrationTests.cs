using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using OutlookReferral.Drafting;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Tests.Storage;

public class MigrationTests
{
    [Test]
    public void EverySqlServerScriptParses()
    {
        var scripts = Migrator.Scripts(DatabaseProvider.SqlServer);
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);

        Assert.That(scripts, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var (version, sql) in scripts)
        {
            using var reader = new StringReader(sql);
            parser.Parse(reader, out var errors);
            Assert.That(errors.Select(e => $"{version} line {e.Line}: {e.Message}"), Is.Empty);
        }
    }

    [Test]
    public void TheDraftClaimStatementsParseAsTSql()
    {
        // The claim and the mail window's version move run outside the migrations, on both providers; without a live
        // server this is what checks their T-SQL.
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);

        foreach (var sql in new[] { DraftClaims.ClaimSqlServer, DraftClaims.ReleaseSql, MailStore.UpdateVersion, MailStore.InsertVersion, MailStore.SaveSnapshot })
        {
            parser.Parse(new StringReader(sql), out var errors);
            Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty, sql);
        }
    }

    [Test]
    public async Task AMigratedSqliteFileKeepsAWriteAheadLogAndOurConnectionsSyncOnlyAtCheckpoints()
    {
        var database = new Database(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("storage-").FullName, "wal.db")}");
        await Migrator.MigrateAsync(database);
        await using var connection = await database.OpenAsync();

        // synchronous: 2 is FULL, SQLite's default; 1 is NORMAL.
        Assert.Multiple(async () =>
        {
            Assert.That(await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
            Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"), Is.EqualTo(1));
            Assert.That(new QuartzSqliteProvider(database).CreateConnection(), Is.TypeOf<WalSqliteConnection>(), "Quartz's job store opens the same");
        });
    }

    [Test]
    public void BothProvidersHaveTheSameNumberedScripts() =>
        Assert.That(Migrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Version),
            Is.EqualTo(Migrator.Scripts(DatabaseProvider.SqlServer).Select(s => s.Version)));

    [Test]
    public void ParserCatchesBrokenTSql()
    {
        // Guards the test above: the parser must reject what SQL Server would.
        new TSql170Parser(true).Parse(new StringReader("CREATE TABLE dbo.x (id INT NOT NULL,,)"), out var errors);

        Assert.That(errors, Is.Not.Empty);
    }

    [Test]
    public async Task SqliteMigratesOnceAndThenIsUpToDate()
    {
        var database = TempSqlite();

        var first = await Migrator.MigrateAsync(database);
        var second = await Migrator.MigrateAsync(database);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(Migrator.Scripts(DatabaseProvider.Sqlite).Skip(1).Select(s => s.Version)));
            Assert.That(second, Is.Empty);
        });
    }

    [Test]
    public async Task OneRepNeverSeesAnothersReferrals()
    {
        var database = TempSqlite();
        await Migrator.MigrateAsync(database);
        var store = new ReferralStore(database);
        var repA = new RepId("tenant-1", "user-a");
        var repB = new RepId("tenant-1", "user-b");
        var otherTenant = new RepId("tenant-2", "user-a");
        var id = NewReferral.NewId();
        await store.AddAsync(repA, [new NewReferral(id, new Party("Kim", "kim@fabrikam.com"), new Party("George", "george@adatum.com"), DateTimeOffset.UtcNow)], DateTimeOffset.UtcNow);

        Assert.Multiple(async () =>
        {
            Assert.That(await store.ListAsync(repA), Has.Count.EqualTo(1));
            Assert.That(await store.ListAsync(repB), Is.Empty);
            Assert.That(await store.ListAsync(otherTenant), Is.Empty);
            Assert.That(await store.FindAsync(repB, id), Is.Null);
            Assert.That(await store.FindAsync(repA, id), Is.Not.Null);
        });
    }

    [Test]
    public async Task AFailedBatchWritesNothing()
    {
        var database = TempSqlite();
        await Migrator.MigrateAsync(database);
        var store = new ReferralStore(database);
        var rep = new RepId("tenant-1", "user-a");
        var party = new Party("Kim", "kim@fabrikam.com");

        Assert.That(() => store.AddAsync(rep, [new NewReferral("same", party, party, DateTimeOffset.UtcNow), new NewReferral("same", party, party, DateTimeOffset.UtcNow)], DateTimeOffset.UtcNow),
            Throws.InstanceOf<Exception>());
        Assert.That(await store.CountAsync(rep), Is.Zero);
    }

    [Test]
    public async Task SqlServerMigratesWhenAServerIsGiven()
    {
        var connectionString = Environment.GetEnvironmentVariable("OUTLOOKREFERRAL_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore("Set OUTLOOKREFERRAL_TEST_SQLSERVER to a SQL Server connection string to run this test.");
        }
        var database = new Database(DatabaseProvider.SqlServer, connectionString);
        await Migrator.MigrateAsync(database);
        var store = new ReferralStore(database);
        var rep = new RepId(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await store.AddAsync(rep, [new NewReferral(NewReferral.NewId(), new Party("Kim", "kim@fabrikam.com"), new Party("George", "george@adatum.com"), DateTimeOffset.UtcNow)], DateTimeOffset.UtcNow);

        Assert.That(await store.ListAsync(rep), Has.Count.EqualTo(1));
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM referrals WHERE tenant_id = @TenantId", rep);
    }

    private static Database TempSqlite() =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("storage-").FullName, "t.db")};Foreign Keys=True");
}
