namespace OutlookReferral.Graph;

internal sealed record EmailAddressJson(string? Name, string? Address);
