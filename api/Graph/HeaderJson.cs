namespace OutlookReferral.Graph;

internal sealed record HeaderJson(string? Name, string? Value);
