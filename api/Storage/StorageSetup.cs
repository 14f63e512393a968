using Microsoft.Extensions.Options;
using OutlookReferral.FollowUps;

namespace OutlookReferral.Storage;

public static class StorageSetup
{
    /// <summary>Dapper over SQLite (default) or SQL Server, migrated before the app serves anything.</summary>
    public static void AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        builder.Services.AddSingleton(sp => Database.FromOptions(
            sp.GetRequiredService<IOptions<StorageOptions>>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        builder.Services.AddSingleton<ReferralStore>();
        builder.Services.AddSingleton<FollowUpStatusStore>();
        // Registered first so the schema exists before any other hosted service (the demo seeder) runs.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrationRunner>());
    }

    private sealed class MigrationRunner(Database database, ILogger<MigrationRunner> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var applied = await Migrator.MigrateAsync(database, cancellationToken);
            if (applied.Count > 0)
            {
                logger.LogInformation("Applied {Provider} migrations: {Versions}", database.Provider, string.Join(", ", applied));
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
