namespace OutlookReferral.Core;

/// <summary>E-mail addresses as every feature stores and compares them.</summary>
public static class Address
{
    /// <summary>Addresses compare case-insensitively; we store and index them trimmed and lower-cased.</summary>
    public static string Normalize(string? address) => (address ?? "").Trim().ToLowerInvariant();
}
