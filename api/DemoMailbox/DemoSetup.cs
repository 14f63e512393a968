using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.DemoMailbox;

public static class DemoSetup
{
    /// <summary>Demo mode: the demo mailbox behind the Graph SDK, its user signed in, its clock.</summary>
    public static bool AddDemoMailbox(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Demo").Get<DemoOptions>() ?? new DemoOptions();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration("Demo");
        if (!options.Enabled)
        {
            return false;
        }
        // Anyone who can reach a demo API is the demo rep: keep it on this machine.
        LoopbackOnly.Require(builder.Configuration);
        var mailbox = MailboxFolder.Load(options.ResolveMailboxPath());
        builder.Services.AddSingleton(mailbox);
        // Drafts are stamped on the mailbox's clock, so they sit in its story rather than in today.
        builder.Services.AddSingleton(sp => new GraphEmulator(mailbox, new MailboxTime(sp.GetRequiredService<MailboxClock>()))
        {
            // Change notifications name the demo rep's tenant, as Graph names the mailbox's.
            Subscriptions = { TenantId = options.TenantId },
        });
        // Demo:Chaos puts a busy Graph's faults in front of the emulator (failure rate 0, the default: none).
        builder.Services.AddSingleton(new GraphChaos(options.Chaos));
        builder.Services.AddSingleton<IRepGraphFactory>(sp =>
            new DemoGraphFactory(sp.GetRequiredService<GraphEmulator>(), sp.GetRequiredService<GraphChaos>()));
        builder.Services.AddSingleton(sp => new MailboxClock(sp.GetRequiredService<TimeProvider>(), mailbox.CapturedAt));
        builder.Services.AddHostedService<DemoSeeder>();
        builder.Services.AddAuthentication(DemoAuthenticationHandler.SchemeName)
            .AddScheme<DemoAuthenticationOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, o =>
            {
                o.TenantId = options.TenantId;
                o.UserId = mailbox.UserId;
                o.DisplayName = (string?)mailbox.Me["displayName"] ?? "Demo rep";
                o.Addresses = new[] { (string?)mailbox.Me["mail"], (string?)mailbox.Me["userPrincipalName"] }
                    .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            });
        return true;
    }

    public static RepId DemoRep(this DemoOptions options, MailboxFolder mailbox) => new(options.TenantId, mailbox.UserId);
}
