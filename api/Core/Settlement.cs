namespace OutlookReferral.Core;

/// <summary>The rep's own word on a meeting nothing else can settle.</summary>
public enum Settlement { NoShow, Met }
