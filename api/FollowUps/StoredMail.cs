using System.Text.Json;

namespace OutlookReferral.FollowUps;

/// <summary>
/// A kept message as stored: what the detectors read of it. Headers too: only those they read (<see cref="DetectorHeaders"/>),
/// not the transport trace that is most of a message's headers.
/// Written by System.Text.Json (<see cref="StoredMailJson"/>); read back by <see cref="Parse"/>, straight from the row's
/// UTF-8 into a <see cref="MailItem"/>: an instance restoring a window reads hundreds per rep, and the serializer's
/// path for a record with a constructor (each value boxed into an argument array, then copied again into the message)
/// was most of that restore. Read back either way, a message's lists are arrays and its names a <see cref="NameMap"/>:
/// a window holds tens of thousands of kept messages for as long as it is held.
/// </summary>
internal sealed record StoredMail(
    string Id, string ConversationId, string Subject, string From, List<string> To, List<string> Cc, DateTimeOffset At, int Folder,
    string Preview, List<string[]> Headers, Dictionary<string, string> Names)
{
    public static StoredMail Of(MailItem m) => new(m.Id, m.ConversationId, m.Subject, m.From, [.. m.To], [.. m.Cc], m.At, (int)m.Folder,
        m.BodyPreview, m.Headers.Where(h => DetectorHeaders.IsRead(h.Name)).Select(h => new[] { h.Name, DetectorHeaders.AsKept(h.Name, h.Value) }).ToList(), new Dictionary<string, string>(m.Names));

    /// <param name="pool">The window's: its kept messages share one string per repeated text.</param>
    public MailItem AsMailItem(TextPool? pool = null)
    {
        string Share(string text) => pool is null || text is null ? text! : pool.Share(text);
        return new(Id, Share(ConversationId), Share(Subject), Share(From), To.ConvertAll(Share).ToArray(), Cc.ConvertAll(Share).ToArray(), At,
            (MailFolderKind)Folder, Preview, Headers.Count == 0 ? [] : Headers.Select(h => new MailHeader(Share(h[0]), Share(h[1]))).ToArray())
        {
            Names = NameMap.Of(Names.Select(n => KeyValuePair.Create(Share(n.Key), Share(n.Value)))),
        };
    }

    /// <summary>A stored message as the detectors read it, from the JSON that <see cref="StoredMailJson"/> wrote.</summary>
    /// <param name="pool">Shared by the messages of one read, so their repeated texts are one string each.</param>
    /// <exception cref="JsonException">Not a stored message.</exception>
    public static MailItem Parse(ReadOnlySpan<byte> utf8, TextPool? pool = null)
    {
        pool ??= new TextPool();
        var reader = new Utf8JsonReader(utf8);
        Next(ref reader, JsonTokenType.StartObject);
        string id = "", conversation = "", subject = "", from = "", preview = "";
        string[] to = [], cc = [];
        List<MailHeader> headers = [];
        List<KeyValuePair<string, string>> names = [];
        DateTimeOffset? at = null;
        var folder = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Id"u8)) { id = Text(ref reader, null); }
            else if (reader.ValueTextEquals("ConversationId"u8)) { conversation = Text(ref reader, pool); }
            else if (reader.ValueTextEquals("Subject"u8)) { subject = Text(ref reader, pool); }
            else if (reader.ValueTextEquals("From"u8)) { from = Text(ref reader, pool); }
            else if (reader.ValueTextEquals("Preview"u8)) { preview = Text(ref reader, null); }
            else if (reader.ValueTextEquals("To"u8)) { to = [.. Texts(ref reader, pool)]; }
            else if (reader.ValueTextEquals("Cc"u8)) { cc = [.. Texts(ref reader, pool)]; }
            else if (reader.ValueTextEquals("At"u8)) { Next(ref reader, JsonTokenType.String); at = reader.GetDateTimeOffset(); }
            else if (reader.ValueTextEquals("Folder"u8)) { Next(ref reader, JsonTokenType.Number); folder = reader.GetInt32(); }
            else if (reader.ValueTextEquals("Headers"u8))
            {
                Next(ref reader, JsonTokenType.StartArray);
                while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    var pair = Texts(ref reader, pool, inArray: true);
                    headers.Add(pair is [var name, var value] ? new MailHeader(name, value) : throw new JsonException("A stored header is a name and a value."));
                }
                End(ref reader, JsonTokenType.EndArray);
            }
            else if (reader.ValueTextEquals("Names"u8))
            {
                Next(ref reader, JsonTokenType.StartObject);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var address = pool.Read(ref reader)!;
                    names.Add(KeyValuePair.Create(address, Text(ref reader, pool)));
                }
                End(ref reader, JsonTokenType.EndObject);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        End(ref reader, JsonTokenType.EndObject);
        return new MailItem(id, conversation, subject, from, to, cc, at ?? throw new JsonException("A stored message has its time."), (MailFolderKind)folder, preview,
            headers.Count == 0 ? [] : headers.ToArray())
        {
            Names = NameMap.Of(names),
        };
    }

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected)
        {
            throw new JsonException($"A stored message: {expected} expected at byte {reader.TokenStartIndex}, {reader.TokenType} found.");
        }
    }

    private static void End(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"A stored message: {expected} expected at byte {reader.TokenStartIndex}, {reader.TokenType} found.");
        }
    }

    private static string Text(ref Utf8JsonReader reader, TextPool? pool)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => (pool is null ? reader.GetString() : pool.Read(ref reader))!,
            JsonTokenType.Null => "",
            _ => throw new JsonException($"A stored message: text expected at byte {reader.TokenStartIndex}, {reader.TokenType} found."),
        };
    }

    // A list of strings; with inArray, the reader already stands on its opening bracket.
    private static List<string> Texts(ref Utf8JsonReader reader, TextPool pool, bool inArray = false)
    {
        if (!inArray)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return [];
            }
            End(ref reader, JsonTokenType.StartArray);
        }
        var list = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            list.Add(pool.Read(ref reader)!);
        }
        End(ref reader, JsonTokenType.EndArray);
        return list;
    }
}
