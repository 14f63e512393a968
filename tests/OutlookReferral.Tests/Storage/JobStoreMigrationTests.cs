using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using OutlookReferral.FollowUps;
using OutlookReferral.Storage;
using Quartz.Impl.AdoJobStore;

namespace OutlookReferral.Tests.Storage;

/// <summary>Migrations 0012 (Quartz's tables) and 0013 (the SQL Server token cache) are the shapes their libraries read.</summary>
public class JobStoreMigrationTests
{
    [TestCase(DatabaseProvider.Sqlite, "create_sqlite.sql")]
    [TestCase(DatabaseProvider.SqlServer, "create_sqlServer.sql")]
    public void QuartzTablesAreQuartzsOwnScript(DatabaseProvider provider, string resource)
    {
        var ours = Migrator.Scripts(provider).Single(s => s.Version == "0012_quartz_job_store").Sql;
        var quartz = QuartzSchema(resource);
        // Quartz's statements from its first separator on, with our prefix for its placeholders.
        var expected = quartz[quartz.IndexOf("--;;\n", StringComparison.Ordinal)..]
            .Replace("{0}", ScanSchedule.TablePrefix, StringComparison.Ordinal).Replace("{1}", ScanSchedule.TablePrefix, StringComparison.Ordinal);
        if (provider == DatabaseProvider.Sqlite)
        {
            // Run as one script, a CREATE TRIGGER's END needs its own semicolon.
            expected = expected.Replace("\nEND\n", "\nEND;\n", StringComparison.Ordinal);
        }

        Assert.That(ours.ReplaceLineEndings("\n"), Does.EndWith(expected));
    }

    [Test]
    public void TheTokenCacheTableHasTheColumnsSqlServersCacheReads()
    {
        var sql = Migrator.Scripts(DatabaseProvider.SqlServer).Single(s => s.Version == "0013_token_cache").Sql;
        var script = new TSql170Parser(true).Parse(new StringReader(sql), out var errors);
        var table = FindCreateTable(script);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(table?.SchemaObjectName.SchemaIdentifier.Value, Is.EqualTo(OutlookReferral.Identity.TokenCacheSetup.Schema));
            Assert.That(table?.SchemaObjectName.BaseIdentifier.Value, Is.EqualTo(OutlookReferral.Identity.TokenCacheSetup.Table));
            Assert.That(table?.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value),
                Is.EqualTo(new[] { "Id", "Value", "ExpiresAtTime", "SlidingExpirationInSeconds", "AbsoluteExpiration" }));
            Assert.That(sql, Does.Contain("ON dbo.token_cache (ExpiresAtTime)"), "the index the expired-item sweep uses");
        });
    }

    private static CreateTableStatement? FindCreateTable(TSqlFragment script)
    {
        var finder = new CreateTableFinder();
        script.Accept(finder);
        return finder.Found;
    }

    private static string QuartzSchema(string file)
    {
        var assembly = typeof(StdAdoDelegate).Assembly;
        using var stream = assembly.GetManifestResourceStream("Quartz.Impl.AdoJobStore.Schema." + file)!;
        return new StreamReader(stream).ReadToEnd().ReplaceLineEndings("\n");
    }

    private sealed class CreateTableFinder : TSqlFragmentVisitor
    {
        public CreateTableStatement? Found { get; private set; }

        public override void Visit(CreateTableStatement node) => Found ??= node;
    }
}
