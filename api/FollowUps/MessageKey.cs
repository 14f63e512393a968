namespace OutlookReferral.FollowUps;

/// <summary>
/// A message's Graph id as the window holds it: two ASCII characters to a .NET character. Graph ids are base64url text
/// of about 150 characters; held as strings, one per message, they were 40 MiB of a 100,000-message window
/// (README, benchmarks). Packed keys compare and order exactly as the ids do (ordinal), so the window's order is the store's.
/// An id with a character outside ASCII (none from Graph) is held as it is.
/// </summary>
public readonly struct MessageKey : IEquatable<MessageKey>, IComparable<MessageKey>
{
    // The first character of a key: packed, or the id as it is after it.
    private const char Packed = '\u0001';
    private const char AsItIs = '\u0000';

    private readonly string key;

    private MessageKey(string key) => this.key = key;

    public static MessageKey Of(string id)
    {
        foreach (var c in id)
        {
            if (c is < '\u0002' or > '\u007f')
            {
                return new MessageKey(AsItIs + id);
            }
        }
        return new MessageKey(string.Create(1 + (id.Length + 1) / 2, id, static (packed, id) =>
        {
            packed[0] = Packed;
            for (var i = 0; i < id.Length; i += 2)
            {
                // An odd id's last character pairs with 0, which no id holds: "ab" orders before "abc", as unpacked.
                packed[1 + i / 2] = (char)((id[i] << 8) | (i + 1 < id.Length ? id[i + 1] : 0));
            }
        }));
    }

    /// <summary>The id as Graph gave it.</summary>
    public string Id
    {
        get
        {
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

    public bool Equals(MessageKey other) => string.Equals(key, other.key, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is MessageKey other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(key, StringComparison.Ordinal);

    /// <summary>As the ids compare ordinally: packed keys compare as they are, a key held as it is by the ids.</summary>
    public int CompareTo(MessageKey other) =>
        IsPacked == other.IsPacked ? string.CompareOrdinal(key, other.key) : string.CompareOrdinal(Id, other.Id);

    public override string ToString() => Id;

    private bool IsPacked => key is [Packed, ..];
}
