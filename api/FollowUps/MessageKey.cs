namespace OutlookReferral.FollowUps;

/// <summary>
/// A message's Graph id as the window holds it: two ASCII characters to a .NET character. Graph ids are base64url text
/// of about 150 characters; held as strings, one per message, they were 40 MiB of a 100,000-message window
/// (README, benchmarks). Packed keys compare and order exactly as the ids do (ordinal), so the window's order is the store's.
/// An id with a character outside ASCII (none from Graph) is held as it is.
/// A kept message's key shares the message's own id string instead (<see cref="Sharing"/>): the message holds it anyway,
/// and a packed copy beside it was 5.7 MiB of a 100,000-message window with 500 referrals. The forms are interchangeable:
/// equal, hashed and ordered as their ids.
/// </summary>
public readonly struct MessageKey : IEquatable<MessageKey>, IComparable<MessageKey>
{
    // The first character of a key: packed, or the id as it is after it; any other, the id itself (shared).
    private const char Packed = '\u0001';
    private const char AsItIs = '\u0000';

    // Longer ids are packed on the heap to hash them; Graph's are about 150 characters.
    private const int StackPairs = 256;

    private readonly string key;

    private MessageKey(string key) => this.key = key;

    public static MessageKey Of(string id)
    {
        if (!IsPackable(id))
        {
            return new MessageKey(AsItIs + id);
        }
        return new MessageKey(string.Create(1 + (id.Length + 1) / 2, id, static (packed, id) =>
        {
            packed[0] = Packed;
            PackInto(id, packed[1..]);
        }));
    }

    /// <summary>The key of an id that something else holds for as long as the key is: the same string, not a packed copy.</summary>
    public static MessageKey Sharing(string id) => IsPackable(id) && id.Length > 0 ? new MessageKey(id) : Of(id);

    /// <summary>The id as Graph gave it.</summary>
    public string Id
    {
        get
        {
            if (IsShared)
            {
                return key;
            }
            if (key is not [Packed, ..])
            {
                return key is [AsItIs, ..] ? key[1..] : "";
            }
            var text = new System.Text.StringBuilder(2 * key.Length);
            foreach (var pair in key.AsSpan(1))
            {
                text.Append((char)(pair >> 8));
                if ((pair & 0xff) != 0)
                {
                    text.Append((char)(pair & 0xff));
                }
            }
            return text.ToString();
        }
    }

    public bool Equals(MessageKey other)
    {
        if (IsShared == other.IsShared)
        {
            return string.Equals(key, other.key, StringComparison.Ordinal);
        }
        // One shared, one not: equal only to a packed key of the same id.
        var (shared, packed) = IsShared ? (key, other.key) : (other.key, key);
        if (packed is not [Packed, ..] || packed.Length - 1 != (shared.Length + 1) / 2)
        {
            return false;
        }
        for (var i = 0; i < shared.Length; i += 2)
        {
            if (packed[1 + i / 2] != Pair(shared, i))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is MessageKey other && Equals(other);

    /// <summary>A shared key hashes as the packed key of its id does.</summary>
    public override int GetHashCode()
    {
        if (!IsShared)
        {
            return string.GetHashCode(key, StringComparison.Ordinal);
        }
        var length = 1 + (key.Length + 1) / 2;
        Span<char> packed = length <= StackPairs ? stackalloc char[length] : new char[length];
        packed[0] = Packed;
        PackInto(key, packed[1..]);
        return string.GetHashCode(packed, StringComparison.Ordinal);
    }

    /// <summary>As the ids compare ordinally: keys of one form compare as they are, else by the ids.</summary>
    public int CompareTo(MessageKey other) =>
        Form == other.Form ? string.CompareOrdinal(key, other.key) : string.CompareOrdinal(Id, other.Id);

    public override string ToString() => Id;

    private char Form => IsShared ? 's' : key is [Packed, ..] ? 'p' : 'a';

    private bool IsShared => key is [> Packed, ..];

    private static bool IsPackable(string id)
    {
        foreach (var c in id)
        {
            if (c is < '\u0002' or > '\u007f')
            {
                return false;
            }
        }
        return true;
    }

    private static void PackInto(string id, Span<char> pairs)
    {
        for (var i = 0; i < id.Length; i += 2)
        {
            pairs[i / 2] = Pair(id, i);
        }
    }

    // An odd id's last character pairs with 0, which no id holds: "ab" orders before "abc", as unpacked.
    private static char Pair(string id, int i) => (char)((id[i] << 8) | (i + 1 < id.Length ? id[i + 1] : 0));
}
