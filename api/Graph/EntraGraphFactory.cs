using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.Identity;

namespace OutlookReferral.Graph;

/// <summary>Graph clients for reps of a real tenant: the SDK's default pipeline, tokens from Microsoft.Identity.Web.</summary>
public sealed class EntraGraphFactory(
    ITokenAcquisition tokens, IOptions<GraphOptions> options, IHttpContextAccessor requests, IMemoryCache seenTokens,
    [FromKeyedServices(EntraGraphFactory.TransportKey)] HttpMessageHandler transport) : IRepGraphFactory
{
    /// <summary>The keyed HttpMessageHandler every Graph request ends in (sockets; the tests swap in an emulator).</summary>
    public const string TransportKey = "graph-transport";

    public RepGraph For(RepId rep)
    {
        var settings = options.Value;
        var host = new Uri(settings.BaseUrl).Host;
        var provider = requests.HttpContext is { } request
            ? ForRequest(request, rep, settings, host)
            : new GraphTokenProvider(tokens, rep, settings, [host], GraphTokenProvider.Caller.Background);
        return RepGraph.Create(transport, new BaseBearerTokenAuthenticationProvider(provider), settings.BaseUrl, rep.UserId);
    }

    private GraphTokenProvider ForRequest(HttpContext request, RepId rep, GraphOptions settings, string host)
    {
        // On-behalf-of exchanges the caller's token: it must be this rep's.
        if (RepId.FromPrincipal(request.User) != rep)
        {
            throw new InvalidOperationException("A request may only call Graph for the rep who made it.");
        }
        // The first call with each token the add-in sends also renews the rep's session for background scans.
        var token = request.Request.Headers.Authorization.ToString();
        var seen = "graph-session:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        return seenTokens.TryGetValue(seen, out _)
            ? new GraphTokenProvider(tokens, rep, settings, [host], GraphTokenProvider.Caller.Request)
            : new GraphTokenProvider(tokens, rep, settings, [host], GraphTokenProvider.Caller.RequestWithNewToken,
                sessionOpened: () => seenTokens.Set(seen, true, TimeSpan.FromHours(2)));
    }
}
