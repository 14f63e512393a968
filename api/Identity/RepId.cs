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

    /// <summary>The rep's own addresses as the sign-in states them (preferred_username, email, upn).</summary>
    public static IReadOnlySet<string> AddressesOf(ClaimsPrincipal principal) =>
        principal.Claims
            .Where(c => c.Type is "preferred_username" or "email" or "upn" or ClaimTypes.Email or ClaimTypes.Upn)
            .Select(c => c.Value.Trim().ToLowerInvariant())
            .Where(v => v.Contains('@', StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Binds the signed-in rep as a handler parameter (minimal APIs call this for a <c>RepId</c> parameter), so
    /// handlers take the rep, not the principal. Every feature route requires authorization.
    /// </summary>
    public static ValueTask<RepId?> BindAsync(HttpContext context) => ValueTask.FromResult<RepId?>(Of(context.User));

    /// <summary>The signed-in rep; endpoints only run behind authorization, so a missing rep is a bug.</summary>
    public static RepId Of(ClaimsPrincipal principal) =>
        FromPrincipal(principal) ?? throw new InvalidOperationException("The request has no rep identity (tid + oid).");
}
