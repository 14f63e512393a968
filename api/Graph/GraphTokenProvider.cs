using System.Security.Claims;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.Identity;

namespace OutlookReferral.Graph;

/// <summary>
/// Hands the Graph SDK a token for one rep: on behalf of the token the rep called us with, or,
/// when no request is running (a background scan), from the rep's session in the token cache;
/// or the API's own app-only token when so configured.
/// </summary>
public sealed class GraphTokenProvider(
    ITokenAcquisition tokens, RepId rep, GraphOptions options, IEnumerable<string> allowedHosts,
    GraphTokenProvider.Caller caller = GraphTokenProvider.Caller.Background, Action? sessionOpened = null)
    : IAccessTokenProvider
{
    private volatile bool opening = caller == Caller.RequestWithNewToken;

    /// <summary>The Graph application permissions, as the client-credentials flow asks for them.</summary>
    public const string AppOnlyScope = "https://graph.microsoft.com/.default";

    /// <summary>Who is asking: no request at all, or a request carrying the rep's token (and whether it is the first with that token).</summary>
    public enum Caller
    {
        Background,
        RequestWithNewToken,
        Request,
    }

    public AllowedHostsValidator AllowedHostsValidator { get; } = new(allowedHosts);

    /// <summary>
    /// Names the rep's long-running on-behalf-of session in the token cache. Opened from a request,
    /// it keeps the rep's refresh token, so background scans find it by the rep alone.
    /// </summary>
    public static string SessionKey(RepId rep) => $"{rep.UserId}.{rep.TenantId}";

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        // Never hand a rep's token to a host that is not Graph, nor over plain HTTP.
        if (!AllowedHostsValidator.IsUrlHostValid(uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return string.Empty;
        }
        if (options.AppOnly)
        {
            return await tokens.GetAccessTokenForAppAsync(AppOnlyScope, tenant: rep.TenantId,
                tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = cancellationToken });
        }
        // Within a request Microsoft.Identity.Web exchanges the caller's token (cached per token); a
        // session key makes it open or renew the long-running session instead, or, with no request, use it.
        var opens = opening;
        var acquisition = new TokenAcquisitionOptions { CancellationToken = cancellationToken };
        if (caller == Caller.Background || opens)
        {
            acquisition.LongRunningWebApiSessionKey = SessionKey(rep);
        }
        var token = await tokens.GetAccessTokenForUserAsync(options.Scopes, tenantId: rep.TenantId, user: Principal(rep), tokenAcquisitionOptions: acquisition);
        if (opens)
        {
            opening = false;
            sessionOpened?.Invoke();
        }
        return token;
    }

    // The account the cache knows the rep by, when no request names them.
    private static ClaimsPrincipal Principal(RepId rep) =>
        new(new ClaimsIdentity([new Claim("oid", rep.UserId), new Claim("tid", rep.TenantId)], "RepId"));
}
