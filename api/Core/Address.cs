namespace OutlookReferral.Core;

public static class Address
{
    /// <summary>Addresses compare case-insensitively; we store and index them trimmed and lower-cased.</summary>
    public static string Normalize(string? address) => (address ?? "").Trim().ToLowerInvariant();
}
