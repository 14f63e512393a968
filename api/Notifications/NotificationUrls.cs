using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace OutlookReferral.Notifications;

/// <summary>Where Graph posts: {base}/api/notifications for new mail, {base}/api/notifications/lifecycle for the subscription's own news.</summary>
public sealed class NotificationUrls(IOptions<NotificationOptions> options, IServer server)
{
    public const string ChangesPath = "/api/notifications";

    public const string LifecyclePath = "/api/notifications/lifecycle";

    /// <summary>Null until the API listens, when no BaseUrl is configured (the first sweep may come before that).</summary>
    public Uri? Changes => Under(ChangesPath);

    public Uri? Lifecycle => Under(LifecyclePath);

    private Uri? Under(string path)
    {
        var configured = options.Value.BaseUrl;
        var root = configured.Length > 0 ? configured : Listening();
        return root is null ? null : new Uri(root.TrimEnd('/') + path);
    }

    // Kestrel's own address, with a wildcard host made a loopback one: only a receiver on this machine (the demo's emulator) can use it.
    private string? Listening() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            ?.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
}
