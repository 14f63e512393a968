using System.Net;
using OutlookReferral.Platform;

namespace OutlookReferral.Identity;

/// <summary>
/// Demo mode signs every caller in as the demo rep, so it must not be reachable from another
/// machine: it refuses to start on anything but loopback addresses.
/// </summary>
public static class LoopbackOnly
{
    public static void Require(IConfiguration configuration)
    {
        var exposed = ListenAddresses(configuration).Where(address => !IsLoopback(address)).ToList();
        if (exposed.Count > 0)
        {
            throw new StartupRefusal(
                $"Demo mode signs every caller in as the demo rep, so it listens on loopback only, but it is set to listen on {string.Join(", ", exposed)}. "
                + "Use http://localhost:PORT or http://127.0.0.1:PORT in Urls (ASPNETCORE_URLS, --urls, Kestrel:Endpoints), "
                + "or turn demo mode off (Demo:Enabled=false) and configure AzureAd (README, \"Connecting a real Microsoft 365 tenant\").");
        }
    }

    /// <summary>Where Kestrel will listen, as configuration says: Urls (ASPNETCORE_URLS, --urls), else the port settings, plus Kestrel's endpoints.</summary>
    public static IEnumerable<string> ListenAddresses(IConfiguration configuration)
    {
        static string[] Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var urls = Split(configuration["urls"]);
        // HTTP_PORTS / HTTPS_PORTS bind every interface, and only apply when no Urls are set.
        var ports = urls.Length > 0 ? [] : Split(configuration["http_ports"]).Concat(Split(configuration["https_ports"])).Select(port => $"http://*:{port}");
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        return urls.Concat(ports).Concat(endpoints);
    }

    public static bool IsLoopback(string address)
    {
        BindingAddress parsed;
        try
        {
            parsed = BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            return false;
        }
        if (parsed.IsUnixPipe || parsed.IsNamedPipe)
        {
            return true;
        }
        // Kestrel binds "localhost" to 127.0.0.1 and [::1]; any other name, '*', '+' or 0.0.0.0 binds every interface.
        return parsed.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(parsed.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
