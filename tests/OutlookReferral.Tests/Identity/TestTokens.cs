using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookReferral.Identity;

namespace OutlookReferral.Tests.Identity;

/// <summary>A rep as Entra ID would describe them in an access token.</summary>
public sealed record TestRep(string TenantId, string UserId, string Address, string Name)
{
    public RepId Id => new(TenantId, UserId);
}

/// <summary>
/// Mints access tokens the way Entra ID's v2.0 endpoint shapes them for our API, signed with a
/// key that only the test host trusts.
/// </summary>
public static class TestTokens
{
    /// <summary>The app registration's client id: the audience of v2.0 tokens for our API.</summary>
    public const string ClientId = "5f2c8e1a-3b7d-4c69-9a0e-d41f6b2c8a37";

    public const string TenantA = "72f988bf-0000-4a7c-8e1f-0000000000aa";
    public const string TenantB = "c0ffee00-0000-4b2d-9c3a-0000000000bb";

    /// <summary>Sam owns the demo mailbox the Graph emulator serves.</summary>
    public static readonly TestRep Sam = new(TenantA, "2ad20d6d-cd6f-42c3-a6a2-7ffca3873e05", "sam.rivera@relecloud.com", "Sam Rivera");

    /// <summary>Another rep in Sam's tenant.</summary>
    public static readonly TestRep Pat = new(TenantA, "9b1e4d2c-7a3f-4e88-b5c1-0f6a2d9e4b71", "pat.kim@relecloud.com", "Pat Kim");

    /// <summary>A rep of another tenant who happens to carry Sam's object id: only the tenant tells them apart.</summary>
    public static readonly TestRep Robin = new(TenantB, Sam.UserId, "robin@fabrikam.com", "Robin Fox");

    public static readonly SecurityKey SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing-key" };

    /// <summary>The Entra ID issuer template a multi-tenant API validates against.</summary>
    public const string IssuerTemplate = "https://login.microsoftonline.com/{tenantid}/v2.0";

    public static string IssuerOf(string tenantId) => IssuerTemplate.Replace("{tenantid}", tenantId, StringComparison.Ordinal);

    public static string For(TestRep rep, string? scope = "access_as_user", string? audience = null, string? issuer = null,
        DateTime? expires = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var until = expires ?? now.AddHours(1);
        var claims = new Dictionary<string, object>
        {
            ["tid"] = rep.TenantId,
            ["oid"] = rep.UserId,
            ["sub"] = $"sub-{rep.UserId}",
            ["ver"] = "2.0",
            ["azp"] = ClientId,
            ["name"] = rep.Name,
            ["preferred_username"] = rep.Address,
        };
        if (scope is not null)
        {
            claims["scp"] = scope;
        }
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? IssuerOf(rep.TenantId),
            Audience = audience ?? ClientId,
            Claims = claims,
            IssuedAt = until.AddHours(-1),
            NotBefore = until.AddHours(-1),
            Expires = until,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
