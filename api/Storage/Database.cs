using System.Data;
using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace OutlookReferral.Storage;

/// <summary>Opens connections to the configured database; one connection per operation.</summary>
public sealed class Database
{
    static Database()
    {
        // SQLite hands timestamps back as ISO-8601 text; SQL Server as datetimeoffset.
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    public Database(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static Database FromOptions(IOptions<StorageOptions> options, string contentRoot)
    {
        var settings = options.Value;
        if (settings.Provider == DatabaseProvider.SqlServer)
        {
            return new Database(DatabaseProvider.SqlServer, settings.ConnectionString);
        }
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString) { ForeignKeys = true, DefaultTimeout = 30 };
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':'))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return new Database(DatabaseProvider.Sqlite, builder.ToString());
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        DbConnection connection = Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(ConnectionString)
            : new WalSqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>True when a statement broke a unique index or key: the database's word that the row already exists.</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY: https://www.sqlite.org/rescode.html#constraint_unique
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        // 2601: duplicate key in a unique index; 2627: in a unique or primary key constraint.
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.DateTimeOffset;
            parameter.Value = value.ToUniversalTime();
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset offset => offset,
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as a timestamp."),
        };
    }
}
