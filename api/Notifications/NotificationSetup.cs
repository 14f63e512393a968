using OutlookReferral.Platform;

namespace OutlookReferral.Notifications;

/// <summary>
/// Change notifications for new mail, when Notifications:Enabled: subscriptions kept by a sweep job, a webhook, and
/// rescans on the Quartz scheduler of the background scans, which must therefore be on.
/// </summary>
public static class NotificationSetup
{
    public static void AddNotifications(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Notifications").Get<NotificationOptions>() ?? new NotificationOptions();
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration("Notifications")
            .Validate(o => o.LifetimeMinutes is >= 45 and <= 4230, "Notifications: LifetimeMinutes must be 45 to 4230 (Graph's bounds for Outlook mail).")
            .Validate(o => o.RenewBeforeMinutes > 0 && o.RenewBeforeMinutes < o.LifetimeMinutes && o.SweepSeconds > 0 && o.DebounceSeconds >= 0,
                "Notifications: RenewBeforeMinutes must be positive and under LifetimeMinutes, SweepSeconds positive, DebounceSeconds not negative.")
            .ValidateOnStart();
        if (!options.Enabled)
        {
            return;
        }
        Refuse(builder.Configuration, options);
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<SubscriptionKeeper>();
        builder.Services.AddSingleton<NotificationUrls>();
        builder.Services.AddSingleton<RescanDebouncer>();
        builder.Services.AddHostedService<SweepSchedule>();
    }

    private static void Refuse(IConfiguration configuration, NotificationOptions options)
    {
        if (configuration.GetValue("Scan:IntervalMinutes", 15.0) <= 0)
        {
            throw new StartupRefusal("Notifications:Enabled needs the background scans on (Scan:IntervalMinutes above 0): rescans run on their scheduler.");
        }
        var demo = configuration.GetValue<bool>("Demo:Enabled");
        if (options.BaseUrl.Length == 0 ? !demo
            : !Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var url) || !(url.Scheme == "https" || (demo && url.Scheme == "http")))
        {
            throw new StartupRefusal("Notifications:BaseUrl must be the API's public https address, which Graph posts notifications to.");
        }
    }
}
