using Microsoft.AspNetCore.Authentication;

namespace OutlookReferral.Identity;

public sealed class DemoAuthenticationOptions : AuthenticationSchemeOptions
{
    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The demo user's mail and user principal name, as a real token's preferred_username would carry.</summary>
    public IReadOnlyList<string> Addresses { get; set; } = [];
}
