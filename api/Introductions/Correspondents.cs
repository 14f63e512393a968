using OutlookReferral.FollowUps;

namespace OutlookReferral.Introductions;

/// <summary>
/// Names of people the rep has corresponded with (from, to or cc of any message), to resolve
/// "George Smith suggested I reach out" to an address.
/// </summary>
public sealed class Correspondents
{
    private readonly Dictionary<string, Party> byName = new(StringComparer.OrdinalIgnoreCase);

    // Two different addresses under one name: we cannot tell which one the writer meant.
    private readonly HashSet<string> ambiguous = new(StringComparer.OrdinalIgnoreCase);

    public void Add(MailItem message)
    {
        Remember(message, message.From);
        foreach (var address in message.To.Concat(message.Cc))
        {
            Remember(message, address);
        }
    }

    /// <summary>The one person whose first and last name match (case-insensitive); null when none or several do.</summary>
    public Party? FindByName(string name)
    {
        var key = Key(PersonName.Parse(name));
        return key is not null && !ambiguous.Contains(key) && byName.TryGetValue(key, out var party) ? party : null;
    }

    private void Remember(MailItem message, string address)
    {
        var shown = message.NameOf(address);
        // Only names people gave themselves; a name guessed from the address is not one to match against.
        if (address.Length == 0 || shown.Contains('@') || Key(PersonName.Parse(shown)) is not { } key)
        {
            return;
        }
        var normalized = Address.Normalize(address);
        if (!byName.TryAdd(key, new Party(shown, normalized)) && !byName[key].Address.Equals(normalized, StringComparison.Ordinal))
        {
            ambiguous.Add(key);
        }
    }

    private static string? Key(PersonName name) => name.IsFull ? $"{name.First} {name.Last}" : null;
}
