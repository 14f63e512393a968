using System.IO.Compression;
using System.Text.Json;
using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// What a built mail window knows beyond its kept messages, stored beside its version (migrations 0015, 0016): the
/// correspondents index as met (address and name shown, in order) with when each address first appeared, the oldest
/// message's time, and what the introduction detector found in the kept messages (<see cref="WindowMemo"/>): the messages that showed an
/// introduction, and the newest message examined, since every older kept message that is not listed showed none. An instance that does not hold the window reads this and the kept rows, not every row.
/// </summary>
internal sealed record WindowSnapshot(
    List<string[]> Met, Dictionary<string, DateTimeOffset> FirstSeen, DateTimeOffset? Oldest,
    string? ExaminedFor = null, Dictionary<string, List<IntroductionCandidate>>? Examined = null, DateTimeOffset? ExaminedThrough = null)
{
    public static WindowSnapshot Of(IReadOnlyList<MailItem> kept, Correspondents correspondents, DateTimeOffset? oldest, WindowMemo memo)
    {
        var (met, firstSeen) = correspondents.Export();
        var (examinedFor, shown, through) = memo.Export(kept);
        return new([.. met.Select(p => new[] { p.Address, p.Shown })], new Dictionary<string, DateTimeOffset>(firstSeen, StringComparer.Ordinal), oldest,
            examinedFor, shown, through);
    }

    /// <summary>
    /// As stored (migration 0016): its JSON, Brotli-compressed at the fastest level. The JSON of a 100,000-message window
    /// with 500 referrals is about 925,000 characters; written as text it was that string and its UTF-8 again, on the
    /// large-object heap at the first scan's memory peak, and as much again in the table for every rep.
    /// </summary>
    public byte[] Pack()
    {
        var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(brotli, this, WindowSnapshotJson.Default.WindowSnapshot);
        }
        return packed.ToArray();
    }

    /// <exception cref="JsonException">Not a packed snapshot.</exception>
    /// <exception cref="InvalidDataException">Not Brotli.</exception>
    public static WindowSnapshot Unpack(byte[] packed)
    {
        using var brotli = new BrotliStream(new MemoryStream(packed, writable: false), CompressionMode.Decompress);
        return JsonSerializer.Deserialize(brotli, WindowSnapshotJson.Default.WindowSnapshot)
            ?? throw new JsonException("A stored window snapshot is an object, not null.");
    }

    public Correspondents Correspondents() => Introductions.Correspondents.Import(Met.Select(p => (p[0], p[1])), FirstSeen);
}
