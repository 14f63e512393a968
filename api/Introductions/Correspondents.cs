
namespace OutlookReferral.Introductions;

/// <summary>
/// People the rep has corresponded with (from, to or cc of any message the scan reads): their names,
/// to resolve "George Smith suggested I reach out" to an address, and when each address first appeared.
/// </summary>
public sealed class Correspondents
{
    private readonly Dictionary<string, Party> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Party> byFirstName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Party> byLastName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> firstSeen = new(StringComparer.Ordinal);

    // Each address under each name it showed is indexed once: the same people write again and again.
    private readonly HashSet<(string Address, string Shown)> indexed = [];

    // The same pairs in the order they were first met: the index depends on that order (the first name shown stands).
    private readonly List<(string Address, string Shown)> met = [];

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

    /// <summary>The one person whose first and last name match (case- and accent-insensitive); null when none or several do.</summary>
    public Party? FindByName(string name)
    {
        var key = Key(PersonName.Parse(name));
        return key is not null && !ambiguous.Contains(key) && byName.TryGetValue(key, out var party) ? party : null;
    }

    /// <summary>
    /// The one person with this first name at <paramref name="domain"/> ("Hannah suggested I get in touch" from Hannah's
    /// colleague), else the one person with it anywhere; null when there is none or the name is shared.
    /// </summary>
    public Party? FindByFirstName(string first, string domain)
    {
        var folded = PersonName.Fold(first);
        if (folded.Length < 2)
        {
            return null;
        }
        var colleague = FirstNameKey(folded, domain);
        if (domain.Length > 0 && !ambiguous.Contains(colleague) && byFirstName.TryGetValue(colleague, out var atDomain))
        {
            return atDomain;
        }
        return !ambiguous.Contains(folded) && byFirstName.TryGetValue(folded, out var anywhere) ? anywhere : null;
    }

    /// <summary>The one person with this last name ("auf Empfehlung von Herrn Dr. Krüger"); null when none or several have it.</summary>
    public Party? FindByLastName(string last)
    {
        var key = LastNameKey(PersonName.Fold(last));
        return last.Length > 1 && !ambiguous.Contains(key) && byLastName.TryGetValue(key, out var party) ? party : null;
    }

    /// <summary>How many addresses the index holds.</summary>
    public int Count => firstSeen.Count;

    /// <summary>Everyone met, in the order first met (address and the name shown), and when each address first appeared.</summary>
    public (IReadOnlyList<(string Address, string Shown)> Met, IReadOnlyDictionary<string, DateTimeOffset> FirstSeen) Export() => (met, firstSeen);

    /// <summary>The index as <see cref="Export"/> left it: the same people met in the same order, so the same answers.</summary>
    public static Correspondents Import(IEnumerable<(string Address, string Shown)> met, IReadOnlyDictionary<string, DateTimeOffset> firstSeen)
    {
        var index = new Correspondents();
        foreach (var (address, shown) in met)
        {
            index.Remember(address, shown, firstSeen[address]);
        }
        return index;
    }

    /// <summary>When the address first appeared in the mail read; null when it never did.</summary>
    public DateTimeOffset? FirstSeen(string address) =>
        firstSeen.TryGetValue(Address.Normalize(address), out var at) ? at : null;

    /// <summary>
    /// One participant of a message as a stored window holds it: its address and the name it showed (the address
    /// when it showed none). The same as <see cref="Add(MailItem)"/> for that participant, without a message built for it.
    /// </summary>
    public void Add(string address, string shown, DateTimeOffset at) => Remember(Address.Normalize(address), shown.Length > 0 ? shown : address, at);

    private void Remember(MailItem message, string address) => Remember(Address.Normalize(address), message.NameOf(address), message.At);

    private void Remember(string normalized, string shown, DateTimeOffset at)
    {
        if (normalized.Length == 0)
        {
            return;
        }
        if (!firstSeen.TryGetValue(normalized, out var seen) || at < seen)
        {
            firstSeen[normalized] = at;
        }
        // Only names people gave themselves; a name guessed from the address is not one to match against.
        if (!indexed.Add((normalized, shown)))
        {
            return;
        }
        met.Add((normalized, shown));
        if (shown.Contains('@') || PersonName.Parse(shown) is not { IsFull: true } name)
        {
            return;
        }
        var party = new Party(shown, normalized);
        Index(byName, Key(name)!, party);
        var first = PersonName.Fold(name.First);
        Index(byFirstName, first, party);
        Index(byFirstName, FirstNameKey(first, MailDomain.Of(normalized)), party);
        Index(byLastName, LastNameKey(PersonName.Fold(name.Last)), party);
    }

    private void Index(Dictionary<string, Party> index, string key, Party party)
    {
        if (!index.TryAdd(key, party) && !index[key].Address.Equals(party.Address, StringComparison.Ordinal))
        {
            ambiguous.Add(key);
        }
    }

    private static string? Key(PersonName name) => name.IsFull ? $"{PersonName.Fold(name.First)} {PersonName.Fold(name.Last)}" : null;

    // Its own key space: a last name may be someone else's first name.
    private static string LastNameKey(string foldedLast) => $"~{foldedLast}";

    private static string FirstNameKey(string foldedFirst, string domain) => $"{foldedFirst}@{domain}";
}
