namespace OutlookReferral.Graph;

/// <summary>A delta entry for a message gone from the folder: <c>{"id": "...", "@removed": {"reason": "deleted"}}</c>.</summary>
internal sealed record RemovedJson(string? Reason);
