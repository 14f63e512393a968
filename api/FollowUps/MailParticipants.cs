namespace OutlookReferral.FollowUps;

/// <summary>
/// Who took part in one message of the window (from, to, cc, in message order), as its row holds them, held compactly.
/// A first scan of 100,000 messages keeps one of these per message for the whole scan (and its cache after it): held
/// as text they were a quarter of the window's memory, yet the same few thousand correspondents come back in message
/// after message, so each participant is one shared object from a small table (README, benchmarks).
/// </summary>
public readonly struct MailParticipants
{
    // Direct-mapped and bounded: a participant met again is usually still in its slot; a collision only costs a copy.
    // Shared by every rep and thread: a lost race writes an equal participant, and nothing here outlives its slot.
    private const int Slots = 1 << 16;
    private static readonly MailParticipant?[] Table = new MailParticipant?[Slots];

    private readonly MailParticipant[]? people;

    private MailParticipants(MailParticipant[] people) => this.people = people;

    public ReadOnlySpan<MailParticipant> People => people;

    public ReadOnlySpan<MailParticipant>.Enumerator GetEnumerator() => People.GetEnumerator();

    /// <summary>The participants of a message: each address with the name it showed, empty addresses left out.</summary>
    public static MailParticipants Of(MailItem message)
    {
        var people = new List<MailParticipant>(1 + message.To.Count + message.Cc.Count);
        foreach (var address in message.To.Concat(message.Cc).Prepend(message.From).Where(a => a.Length > 0))
        {
            people.Add(Shared(Clean(address), Clean(message.NameOf(address))));
        }
        return new MailParticipants([.. people]);
    }

    /// <summary>As the row's text holds them: one participant a line, address and name with a tab between.</summary>
    public static MailParticipants Parse(string text)
    {
        var people = new List<MailParticipant>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (line.IsEmpty)
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            var address = tab < 0 ? line : line[..tab];
            people.Add(Shared(address, tab < 0 ? address : line[(tab + 1)..]));
        }
        return new MailParticipants([.. people]);
    }

    /// <summary>The row's text: what <see cref="Parse"/> reads back.</summary>
    public override string ToString() => string.Concat(People.ToArray().Select(p => $"{p.Address}\t{p.Name}\n"));

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');

    private static MailParticipant Shared(ReadOnlySpan<char> address, ReadOnlySpan<char> name)
    {
        var slot = (string.GetHashCode(address) * 31 + string.GetHashCode(name)) & (Slots - 1);
        var held = Volatile.Read(ref Table[slot]);
        if (held is not null && address.SequenceEqual(held.Address) && name.SequenceEqual(held.Name))
        {
            return held;
        }
        var made = new MailParticipant(address.ToString(), name.ToString());
        Volatile.Write(ref Table[slot], made);
        return made;
    }
}
