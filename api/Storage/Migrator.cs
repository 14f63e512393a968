using System.Reflection;
using Dapper;

namespace OutlookReferral.Storage;

/// <summary>Applies the numbered schema scripts of the configured provider, once each, in order.</summary>
public static class Migrator
{
    public static IReadOnlyList<(string Version, string Sql)> Scripts(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Migrations/{FolderOf(provider)}/";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (Path.GetFileNameWithoutExtension(name), Read(assembly, name)))
            .ToList();
    }

    public static string FolderOf(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? "sqlserver" : "sqlite";

    public static async Task<IReadOnlyList<string>> MigrateAsync(Database database, CancellationToken ct = default)
    {
        var scripts = Scripts(database.Provider);
        await using var connection = await database.OpenAsync(ct);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead log: readers do not block the writer nor it them (the pane reads while a scan writes, and
            // clustered Quartz nodes share the file), and a commit appends to the log instead of creating, syncing
            // and deleting a rollback journal. The mode stays with the file. https://www.sqlite.org/wal.html
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct));
        }
        // Script 0000 creates the bookkeeping table and is safe to run every time.
        await connection.ExecuteAsync(new CommandDefinition(scripts[0].Sql, cancellationToken: ct));

        var applied = new List<string>();
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            // Two instances starting together must not both migrate.
            await connection.ExecuteAsync(
                "EXEC sp_getapplock @Resource = 'outlookreferral-migrations', @LockMode = 'Exclusive', @LockOwner = 'Transaction'",
                transaction: transaction);
        }
        var done = (await connection.QueryAsync<string>("SELECT version FROM schema_migrations", transaction: transaction))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (version, sql) in scripts.Skip(1).Where(s => !done.Contains(s.Version)))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: ct));
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @now)",
                new { version, now = DateTimeOffset.UtcNow }, transaction);
            applied.Add(version);
        }
        await transaction.CommitAsync(ct);
        return applied;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
