using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.SqlServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Tests.Identity;

/// <summary>TokenCache:Distributed=true over SQL Server keeps Microsoft.Identity.Web's tokens in the API's own database (migration 0013).</summary>
public class TokenCacheSetupTests
{
    private const string Server = "Server=sql.invalid;Database=OutlookReferral;User Id=x;Password=y;Encrypt=True";

    [Test]
    public void WithSqlServerStorageTheSharedCacheIsSqlServersInOurTable()
    {
        using var services = Services(new() { ["Storage:Provider"] = "SqlServer", ["Storage:ConnectionString"] = Server });

        var cache = services.GetRequiredService<IDistributedCache>();
        var options = services.GetRequiredService<IOptions<SqlServerCacheOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(cache, Is.InstanceOf<SqlServerCache>());
            Assert.That((options.SchemaName, options.TableName), Is.EqualTo((TokenCacheSetup.Schema, TokenCacheSetup.Table)));
            Assert.That(options.ConnectionString, Is.EqualTo(Server));
        });
    }

    [Test]
    public void WithSqliteStorageTheSharedCacheStaysInMemory()
    {
        using var services = Services(new() { ["Storage:Provider"] = "Sqlite" });

        Assert.That(services.GetRequiredService<IDistributedCache>(), Is.InstanceOf<MemoryDistributedCache>());
    }

    [Test]
    public async Task TheTokenCacheKeepsAnEntryInSqlServerWhenAServerIsGiven()
    {
        var connectionString = Environment.GetEnvironmentVariable("OUTLOOKREFERRAL_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore("Set OUTLOOKREFERRAL_TEST_SQLSERVER to a SQL Server connection string to run this test.");
        }
        await Migrator.MigrateAsync(new Database(DatabaseProvider.SqlServer, connectionString));
        using var one = Services(new() { ["Storage:Provider"] = "SqlServer", ["Storage:ConnectionString"] = connectionString });
        using var two = Services(new() { ["Storage:Provider"] = "SqlServer", ["Storage:ConnectionString"] = connectionString });
        var key = "test-" + Guid.NewGuid();

        await one.GetRequiredService<IDistributedCache>().SetAsync(key, [1, 2, 3], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(5) });
        var read = await two.GetRequiredService<IDistributedCache>().GetAsync(key);
        await one.GetRequiredService<IDistributedCache>().RemoveAsync(key);

        Assert.That(read, Is.EqualTo(new byte[] { 1, 2, 3 }), "another instance reads what one wrote");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSharedCache(configuration);
        return services.BuildServiceProvider();
    }
}
