namespace OutlookReferral.Core;

public sealed record Party(string Name, string Address);
