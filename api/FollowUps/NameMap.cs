using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace OutlookReferral.FollowUps;

/// <summary>
/// A kept message's display names by address (case-insensitive, as <see cref="MailItem.Names"/> is read), held as one
/// array of address and name pairs. A message names a handful of people, and a window holds tens of thousands of kept
/// messages: a dictionary each (its object, buckets and entries) was about 200 bytes a message, this about 90. A long
/// list (a mass mailing) is a dictionary, so looking up each of its people stays cheap.
/// </summary>
internal sealed class NameMap : IReadOnlyDictionary<string, string>
{
    // Beyond this many people, a lookup by scan costs more than a dictionary's memory saves.
    private const int MaxScanned = 8;

    private static readonly NameMap None = new([]);

    // Address, name, address, name...: addresses unique (case-insensitive).
    private readonly string[] pairs;

    private NameMap(string[] pairs) => this.pairs = pairs;

    /// <summary>The names as a map: the last name given for an address stands, as a dictionary's indexer would have it.</summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<KeyValuePair<string, string>> names)
    {
        var given = names as IReadOnlyCollection<KeyValuePair<string, string>> ?? names.ToList();
        if (given.Count > MaxScanned)
        {
            var many = new Dictionary<string, string>(given.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var (address, name) in given)
            {
                many[address] = name;
            }
            return many;
        }
        var pairs = new List<string>(2 * given.Count);
        foreach (var (address, name) in given)
        {
            var at = IndexOf(CollectionsMarshal.AsSpan(pairs), address);
            if (at >= 0)
            {
                pairs[at + 1] = name;
            }
            else
            {
                pairs.Add(address);
                pairs.Add(name);
            }
        }
        return pairs.Count == 0 ? None : new NameMap([.. pairs]);
    }

    public int Count => pairs.Length / 2;

    public string this[string key] => TryGetValue(key, out var name) ? name : throw new KeyNotFoundException($"No name for {key}.");

    public IEnumerable<string> Keys => Enumerable.Range(0, Count).Select(i => pairs[2 * i]);

    public IEnumerable<string> Values => Enumerable.Range(0, Count).Select(i => pairs[2 * i + 1]);

    public bool ContainsKey(string key) => IndexOf(pairs, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var at = IndexOf(pairs, key);
        value = at >= 0 ? pairs[at + 1] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            yield return new KeyValuePair<string, string>(pairs[i], pairs[i + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int IndexOf(ReadOnlySpan<string> pairs, string address)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (string.Equals(pairs[i], address, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
