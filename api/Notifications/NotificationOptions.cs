namespace OutlookReferral.Notifications;

/// <summary>Graph change notifications for new mail (section "Notifications"): off unless Enabled.</summary>
public sealed class NotificationOptions
{
    public bool Enabled { get; set; }

    /// <summary>
    /// The API's public address as Graph reaches it, e.g. https://referrals.contoso.com: Graph POSTs to
    /// {BaseUrl}/api/notifications and must find it over https. Empty: the address the API listens on, which only the
    /// demo's emulator on the same machine can reach.
    /// </summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>
    /// Lifetime asked for each subscription. Outlook mail allows at most 4,230 minutes (Graph's
    /// change-notifications-subscription-lifetime table); a little under it leaves room for clock skew.
    /// </summary>
    public double LifetimeMinutes { get; set; } = 4200;

    /// <summary>A subscription this close to its expiry is renewed by the next sweep.</summary>
    public double RenewBeforeMinutes { get; set; } = 720;

    /// <summary>How often one node of the cluster creates, renews and drops the reps' subscriptions.</summary>
    public double SweepSeconds { get; set; } = 300;

    /// <summary>How long a rep's rescan waits for more notifications, so a burst of new mail makes one scan.</summary>
    public double DebounceSeconds { get; set; } = 2;

    public TimeSpan Lifetime => TimeSpan.FromMinutes(LifetimeMinutes);

    public TimeSpan RenewBefore => TimeSpan.FromMinutes(RenewBeforeMinutes);

    public TimeSpan Debounce => TimeSpan.FromSeconds(DebounceSeconds);
}
