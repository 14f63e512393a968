using Microsoft.Graph.Models.ODataErrors;

namespace OutlookReferral.Graph;

/// <summary>When a stored delta link (mail or calendar) must be dropped and the resource synced again from nothing.</summary>
public static class DeltaResync
{
    // 410 Gone / syncStateNotFound / resyncRequired for an evicted token (delta-query-overview.md, "Token duration",
    // "Synchronization reset"), and 400/404 for a link Graph no longer understands.
    public static bool IsNeeded(Exception failure) =>
        failure is ODataError error
        && (error.ResponseStatusCode is 400 or 404 or 410
            || error.Error?.Code is { } code && (code.Equals("syncStateNotFound", StringComparison.OrdinalIgnoreCase)
                || code.Equals("resyncRequired", StringComparison.OrdinalIgnoreCase)));
}
