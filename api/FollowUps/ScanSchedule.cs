using Microsoft.Extensions.Options;
using OutlookReferral.Storage;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Background scans on Quartz.NET, clustered over the API's own database: each rep's scan is its own job on the
/// rep's interval, so N instances scan each rep once per interval between them, and the jobs of an instance that
/// stops are fired by the others. Off when Scan:IntervalMinutes is 0 or less.
/// </summary>
public static class ScanSchedule
{
    /// <summary>The prefix of Quartz's tables, which migration 0012 creates.</summary>
    public const string TablePrefix = "QRTZ_";

    /// <summary>Every instance of the API is a node of this one scheduler.</summary>
    public const string SchedulerName = "outlookreferral-scans";

    public static void AddScanSchedule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScanOptions>().BindConfiguration("Scan")
            .Validate(o => o.MaxParallel >= 1 && o.RosterSeconds > 0 && o.CheckinSeconds > 0 && o.WindowCacheWeight >= 0,
                "Scan: MaxParallel must be at least 1, RosterSeconds and CheckinSeconds positive, WindowCacheWeight not negative.")
            .ValidateOnStart();
        var scan = builder.Configuration.GetSection("Scan").Get<ScanOptions>() ?? new ScanOptions();
        if (scan.IntervalMinutes <= 0)
        {
            return;
        }
        var storage = builder.Configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        var database = Database.FromOptions(Options.Create(storage), builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<ScanRoster>();
        builder.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s =>
            {
                s.InstanceName = SchedulerName;
                s.GenerateInstanceId = true;
            });
            // The scheduler keeps real time, whatever clock the mailbox runs on (the demo's is fixed).
            quartz.UseTimeProvider(TimeProvider.System);
            quartz.UseDefaultThreadPool(scan.MaxParallel);
            quartz.UsePersistentStore(store => UseDatabase(store, database, scan));
            quartz.AddJobType<RepScanJob>();
            // The roster is one job for the whole cluster: whichever node fires it brings every rep's job up to date.
            quartz.ScheduleJob<ScanRosterJob>(
                trigger => trigger.WithIdentity(ScanRoster.RosterKey.Name, ScanRoster.Group)
                    .StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(scan.RosterSeconds)).RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(ScanRoster.RosterKey));
        });
        // Stopping lets running scans finish; an instance that dies instead is recovered by the others.
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    /// <summary>
    /// SQL Server: Quartz's own delegate and row locks (UPDLOCK, ROWLOCK). SQLite: Quartz refuses to cluster its
    /// SQLiteDelegate and swaps in an in-process lock, which cannot keep two processes apart, so a shared file uses
    /// <see cref="ClusteredSqliteDelegate"/> (the same SQL) with Quartz's <see cref="UpdateRowLockHandler"/>. Its
    /// UPDATE of the lock row runs in a transaction Microsoft.Data.Sqlite opens with BEGIN IMMEDIATE, which takes
    /// the database's write lock: one node at a time, across processes, waiting out the busy timeout.
    /// </summary>
    private static void UseDatabase(IPersistentStoreBuilder store, Database database, ScanOptions scan)
    {
        store.ConfigureStore(o =>
        {
            o.TablePrefix = TablePrefix;
            o.SchemaProvisioning = SchemaProvisioning.Validate;
        });
        var checkin = TimeSpan.FromSeconds(scan.CheckinSeconds);
        store.UseClustering(c =>
        {
            c.CheckinInterval = checkin;
            // Declared dead only after missing about two check-ins: a busy node is not a dead one, and its jobs would run twice.
            c.CheckinMisfireThreshold = checkin * 2;
        });
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            store.UseSqlServer(database.ConnectionString);
            return;
        }
        store.UseConnectionProvider<QuartzSqliteProvider>();
        store.UseDriverDelegate<ClusteredSqliteDelegate>();
        store.UseLockHandler<UpdateRowLockHandler>();
    }
}
