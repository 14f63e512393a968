namespace OutlookReferral.Core;

/// <summary>A person as the API shows one: a display name and an address.</summary>
public sealed record PartyResponse(string Name, string Address);
