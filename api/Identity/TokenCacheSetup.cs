using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using OutlookReferral.Storage;

namespace OutlookReferral.Identity;

/// <summary>
/// Where Microsoft.Identity.Web keeps each rep's tokens, including the on-behalf-of session background scans act
/// through. In memory by default (one instance). With TokenCache:Distributed=true, the host's IDistributedCache:
/// with Storage:Provider=SqlServer that is SQL Server's distributed cache in the API's own database (migration
/// 0013), so whichever instance Quartz fires a rep's scan on finds the rep's session.
/// </summary>
public static class TokenCacheSetup
{
    public const string Schema = "dbo";

    public const string Table = "token_cache";

    public static void AddTokenCache(this MicrosoftIdentityAppCallsWebApiAuthenticationBuilder tokens, IHostApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>("TokenCache:Distributed"))
        {
            tokens.AddInMemoryTokenCaches();
            return;
        }
        builder.Services.AddSharedCache(builder.Configuration);
        tokens.AddDistributedTokenCaches();
        builder.Services.Configure<MsalDistributedTokenCacheAdapterOptions>(builder.Configuration.GetSection("TokenCache"));
    }

    /// <summary>SQL Server's cache over the API's database when it is SQL Server; else any cache already registered, or one in memory.</summary>
    internal static void AddSharedCache(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDistributedSqlServerCache(o =>
            {
                o.ConnectionString = storage.ConnectionString;
                o.SchemaName = Schema;
                o.TableName = Table;
            });
        }
        // TryAdd: loses to SQL Server's cache above, or to one (Redis, say) the host registered before AddRepIdentity.
        services.AddDistributedMemoryCache();
    }
}
