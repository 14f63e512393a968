namespace OutlookReferral.Core;

/// <summary>The organisation side of an address: its domain, and the company name the domain spells.</summary>
internal static class MailDomain
{
    // Personal mailbox providers: their domain names no company.
    private static readonly string[] PersonalProviders = ["gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "aol", "proton", "protonmail", "gmx"];

    public static string Of(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? "" : address[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>True when the address is at one of the domains or a subdomain of one ("eu.contoso.com").</summary>
    public static bool IsWithin(string address, IEnumerable<string> domains)
    {
        var domain = Of(address);
        return domain.Length > 0 && domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }

    /// <summary>"fabrikam" for kim@fabrikam.com or kim@mail.fabrikam.co.uk; empty for personal mailbox providers.</summary>
    public static string CompanyLabel(string address)
    {
        var labels = Of(address).Split('.');
        if (labels.Length < 2)
        {
            return "";
        }
        // "co.uk", "com.au": the company is one label further left.
        var index = labels.Length >= 3 && labels[^2].Length <= 3 ? labels.Length - 3 : labels.Length - 2;
        var label = labels[index].Replace("-", "", StringComparison.Ordinal);
        return PersonalProviders.Contains(label) ? "" : label;
    }
}
