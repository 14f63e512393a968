using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookReferral.Emulator;
using OutlookReferral.Platform;

namespace OutlookReferral.Tests.Platform;

/// <summary>
/// The real API, in process: a fresh SQLite file per factory, the real Graph SDK over a demo
/// mailbox folder, and a fixed "now" so stories in the mailbox stay true.
/// </summary>
public sealed class ApiFactory(string? mailboxPath = null, DateTimeOffset? now = null) : WebApplicationFactory<Program>
{
    /// <summary>The moment the built-in demo mailbox was captured.</summary>
    public static readonly DateTimeOffset DemoNow = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private readonly FixedTime time = new(now ?? DemoNow);

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("outlookreferral-test-").FullName;

    public string DatabasePath => Path.Combine(dataDirectory, "test.db");

    public GraphEmulator Emulator => Services.GetRequiredService<GraphEmulator>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Scan:IntervalMinutes", "0");
        builder.UseSetting("Demo:MailboxPath", mailboxPath ?? "");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<MailboxClock>();
            services.AddSingleton(new MailboxClock(time));
            services.AddAuthentication(o => o.DefaultScheme = TestSignIn.SchemeName)
                .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
        });
    }

    /// <summary>Moves the API's and the demo mailbox's clock on: the next scan happens later.</summary>
    public void Advance(TimeSpan by) => time.Advance(by);

    /// <summary>Serves on a real loopback port (for the browser tests) and returns its base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private sealed class FixedTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public void Advance(TimeSpan by) => now += by;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
