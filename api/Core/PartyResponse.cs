namespace OutlookReferral.Core;

public sealed record PartyResponse(string Name, string Address);
