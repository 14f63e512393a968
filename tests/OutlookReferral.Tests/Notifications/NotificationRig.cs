using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookReferral.Emulator;
using OutlookReferral.Identity;
using OutlookReferral.Notifications;
using OutlookReferral.Platform;
using OutlookReferral.Tests.FollowUps;
using OutlookReferral.Tests.Platform;
using Quartz;
using Quartz.Extensibility;

namespace OutlookReferral.Tests.Notifications;

/// <summary>
/// The API with notifications on, listening on a real loopback port so the emulator's handshake and notifications
/// reach its webhook over HTTP; Quartz on its SQLite store; a referral whose prospect has gone quiet. Records every
/// notified rescan Quartz runs, by the rep's job key.
/// </summary>
internal sealed class NotificationRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    public const string Prospect = "kim@fabrikam.com";
    public const string DemoTenant = "00000000-0000-0000-0000-00000000de00";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly ApiFactory root;
    private readonly string folder;

    private NotificationRig(ApiFactory root, WebApplicationFactory<Program> api, string folder)
    {
        this.root = root;
        Api = api;
        this.folder = folder;
    }

    public WebApplicationFactory<Program> Api { get; }

    public HttpClient Client { get; private set; } = null!;

    public GraphEmulator Emulator => Api.Services.GetRequiredService<GraphEmulator>();

    public RepId Rep => new(DemoTenant, Emulator.Mailbox.UserId);

    /// <summary>Job key names of the notified rescans Quartz finished, in order.</summary>
    public ConcurrentQueue<string> Rescans { get; } = new();

    public static async Task<NotificationRig> StartAsync(double debounceSeconds = 1, WebhookFaults? faults = null)
    {
        var folder = new MailboxFolderBuilder()
            .Filler(40, Now.AddDays(-60), Now.AddDays(-2))
            .Referral("Kim Lee", Prospect, "George Smith", "george@adatum.com", Now.AddDays(-30))
            .Sent(Now.AddDays(-20), "Referred by George Smith", Prospect)
            .Write(Now);
        var root = new ApiFactory(folder);
        var api = root.WithWebHostBuilder(b =>
        {
            b.UseSetting("Notifications:Enabled", "true");
            b.UseSetting("Notifications:SweepSeconds", "0.5");
            b.UseSetting("Notifications:DebounceSeconds", debounceSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Scan:IntervalMinutes", "1440");
            b.UseSetting("Scan:RosterSeconds", "3600");
            if (faults is not null)
            {
                b.ConfigureTestServices(services =>
                {
                    services.RemoveAll<GraphEmulator>();
                    services.AddSingleton(sp => new GraphEmulator(sp.GetRequiredService<MailboxFolder>(),
                        new ClockTime(sp.GetRequiredService<MailboxClock>()), faults: faults) { Subscriptions = { TenantId = DemoTenant } });
                });
            }
        });
        api.UseKestrel(0);
        api.StartServer();
        var rig = new NotificationRig(root, api, folder) { Client = api.CreateClient() };
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(new RescanListener(rig.Rescans), GroupMatcher<JobKey>.GroupEquals(RescanDebouncer.Group));
        await rig.UntilAsync(() => rig.Emulator.Subscriptions.Ids.Count == 1, "the sweep subscribes the demo rep");
        // Graph holds it before the API has stored it.
        await rig.UntilAsync(async () => await rig.StoredAsync() is not null, "the subscription stored");
        return rig;
    }

    /// <summary>
    /// Whether a rescan was ever asked for the rep: the handler stores the rep's job before it answers 202, so this is
    /// known as soon as the POST returns, without waiting for a scan that should not come.
    /// </summary>
    public async Task<bool> RescanAskedAsync(RepId rep) =>
        await (await Api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Exists(RescanDebouncer.KeyOf(rep));

    /// <summary>Moves the API's and the emulator's clock on (the scheduler keeps real time).</summary>
    public void Advance(TimeSpan by) => root.Advance(by);

    public string SubscriptionId => Emulator.Subscriptions.Ids.Single();

    public async Task<MailSubscription?> StoredAsync() =>
        await Api.Services.GetRequiredService<SubscriptionStore>().FindAsync(SubscriptionId, CancellationToken.None);

    public async Task<string?> ProspectStateAsync()
    {
        var list = await Client.GetFromJsonAsync<JsonObject>("/api/referrals");
        return (string?)list!["referrals"]!.AsArray().Single(r => (string?)r!["prospect"]!["address"] == Prospect)!["state"];
    }

    /// <summary>Polls until <paramref name="done"/>; fails after a generous wait (no assertion on how fast).</summary>
    public async Task UntilAsync(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {Patience.TotalSeconds} s for: {what}");
            }
            await Task.Delay(100);
        }
    }

    public async Task UntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {Patience.TotalSeconds} s for: {what}");
            }
            await Task.Delay(100);
        }
    }

    public static JsonObject Notification(string subscriptionId, string? clientState, string tenantId, string userId) => new()
    {
        ["value"] = new JsonArray(new JsonObject
        {
            ["subscriptionId"] = subscriptionId,
            ["clientState"] = clientState,
            ["changeType"] = "created",
            ["resource"] = $"Users/{userId}/Messages/AAMkForged=",
            ["tenantId"] = tenantId,
            ["resourceData"] = new JsonObject { ["id"] = "AAMkForged=" },
        }),
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Api.DisposeAsync();
        await root.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private sealed class ClockTime(MailboxClock clock) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => clock.Now;
    }

    private sealed class RescanListener(ConcurrentQueue<string> rescans) : IJobListener
    {
        public string Name => "test-notified-rescans";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            rescans.Enqueue(context.JobDetail.Key.Name);
            return ValueTask.CompletedTask;
        }

        public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;
    }
}
