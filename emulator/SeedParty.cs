namespace OutlookReferral.Emulator;

/// <summary>A person named in referrals.json: a display name and a trimmed, lower-cased address.</summary>
public sealed record SeedParty(string Name, string Address);
