using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookReferral.Identity;

namespace OutlookReferral.Tests.Platform;

/// <summary>
/// Test-only sign-in: "Authorization: Test tenant/user/address" signs in that rep; without it
/// the request is the demo rep. Lets isolation tests act as two reps against one API.
/// </summary>
public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    public static void As(HttpClient client, RepId rep, string address) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(SchemeName, $"{rep.TenantId}/{rep.UserId}/{address}");

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(SchemeName + " ", StringComparison.Ordinal))
        {
            return await Context.AuthenticateAsync(DemoAuthenticationHandler.SchemeName);
        }
        var parts = header[(SchemeName.Length + 1)..].Split('/');
        var identity = new ClaimsIdentity(
        [
            new Claim("tid", parts[0]), new Claim("oid", parts[1]), new Claim("preferred_username", parts[2]), new Claim("name", parts[2]),
        ], SchemeName, "name", "roles");
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
