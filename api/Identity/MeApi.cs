using System.Security.Claims;
using Microsoft.Extensions.Options;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;

namespace OutlookReferral.Identity;

/// <summary>Who the task pane is working for, and how the add-in signs in.</summary>
public static class MeApi
{
    /// <param name="TimeZone">The mailbox's time zone as an IANA id ("America/Los_Angeles"), for showing meeting times.</param>
    public sealed record MeResponse(string DisplayName, string TenantId, string UserId, bool Demo, string? TimeZone);

    /// <summary>What the add-in needs before it can ask for a token; nothing secret.</summary>
    public sealed record ClientConfig(bool Demo, string? ClientId, string? Authority, IReadOnlyList<string> ApiScopes);

    // Who the rep is comes from the sign-in; the mailbox only adds its time zone, and its absence is not an error.
    private static async Task<string?> TimeZoneOf(RepGraph graph, CancellationToken ct)
    {
        using (graph)
        {
            try
            {
                var zone = (await MailboxReader.ReadProfileAsync(graph, ct)).Zone;
                return zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
            }
            catch (Exception failure) when (GraphFailure.Of(failure) is not null)
            {
                // Any Graph failure, a busy Graph's retries run out included: the pane shows times in the browser's zone.
                return null;
            }
        }
    }

    public static RouteGroupBuilder MapMe(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Identity");
        group.MapGet("/me", async (ClaimsPrincipal user, IOptions<DemoOptions> demo, IRepGraphFactory graphs, CancellationToken ct) =>
        {
            var rep = RepId.Of(user);
            return TypedResults.Ok(new MeResponse(
                user.FindFirst("name")?.Value ?? "", rep.TenantId, rep.UserId, demo.Value.Enabled, await TimeZoneOf(graphs.For(rep), ct)));
        }).RequireAuthorization();

        group.MapGet("/client-config", (IOptions<DemoOptions> demo, IConfiguration configuration) =>
        {
            var clientId = configuration["AzureAd:ClientId"];
            var scope = configuration["AddIn:ApiScope"] is { Length: > 0 } configured ? configured
                : string.IsNullOrEmpty(clientId) ? null : $"api://{clientId}/access_as_user";
            return TypedResults.Ok(new ClientConfig(
                demo.Value.Enabled,
                string.IsNullOrEmpty(clientId) ? null : clientId,
                configuration["AddIn:Authority"] ?? "https://login.microsoftonline.com/organizations",
                scope is null ? [] : [scope]));
        }).AllowAnonymous();
        return group;
    }
}
