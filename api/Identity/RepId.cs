using System.Security.Claims;

namespace OutlookReferral.Identity;

/// <summary>Who owns a record: the rep's tenant id and user object id, both from the sign-in.</summary>
public sealed record RepId(string TenantId, string UserId)
{
    // Entra ID tokens carry "tid"/"oid"; ASP.NET may map them to these long claim types.
    private const string TenantClaim = "http://schemas.microsoft.com/identity/claims/tenantid";
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static RepId? FromPrincipal(ClaimsPrincipal principal)
    {
        var tenant = principal.FindFirst("tid")?.Value ?? principal.FindFirst(TenantClaim)?.Value;
        var user = principal.FindFirst("oid")?.Value ?? principal.FindFirst(ObjectIdClaim)?.Value;
        return string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(user) ? null : new RepId(tenant, user);
    }

    /// <summary>The signed-in rep; endpoints only run behind authorization, so a missing rep is a bug.</summary>
    public static RepId Of(ClaimsPrincipal principal) =>
        FromPrincipal(principal) ?? throw new InvalidOperationException("The request has no rep identity (tid + oid).");
}
