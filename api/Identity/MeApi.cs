using System.Security.Claims;
using Microsoft.Extensions.Options;
using OutlookReferral.DemoMailbox;

namespace OutlookReferral.Identity;

/// <summary>Who the task pane is working for.</summary>
public static class MeApi
{
    public sealed record MeResponse(string DisplayName, string TenantId, string UserId, bool Demo);

    public static void MapMe(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/me", (ClaimsPrincipal user, IOptions<DemoOptions> demo) =>
        {
            var rep = RepId.Of(user);
            return TypedResults.Ok(new MeResponse(user.FindFirst("name")?.Value ?? "", rep.TenantId, rep.UserId, demo.Value.Enabled));
        }).WithTags("Identity").RequireAuthorization();
}
