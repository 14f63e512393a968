namespace OutlookReferral.Core;

/// <summary>A person in a referral: a display name and a normalised address.</summary>
public sealed record Party(string Name, string Address);
