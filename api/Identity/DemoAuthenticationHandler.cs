using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OutlookReferral.Identity;

/// <summary>In demo mode every request is the demo mailbox's user; no tokens exist there.</summary>
public sealed class DemoAuthenticationHandler(
    IOptionsMonitor<DemoAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<DemoAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "Demo";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
        [
            new Claim("tid", Options.TenantId),
            new Claim("oid", Options.UserId),
            new Claim("name", Options.DisplayName),
            .. Options.Addresses.Select(a => new Claim("preferred_username", a)),
        ], SchemeName, "name", "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
