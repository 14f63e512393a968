using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// The one writer of mailbox folders (docs/mailbox-folder.md), beside <see cref="MailboxFolder"/>, its reader:
/// the demo generator, the bench and the tests' folders all go through it, so the file names and shapes are
/// said once. Items are written in the order given (Graph lists a mail folder newest first, calendarView by start).
/// </summary>
public sealed class MailboxFolderWriter
{
    public const string MeFile = "me.json";
    public const string InboxFile = "inbox.json";
    public const string SentItemsFile = "sentitems.json";
    public const string DraftsFile = "drafts.json";
    public const string EventsFile = "events.json";
    public const string OnlineMeetingsFile = "onlineMeetings.json";
    public const string ReferralsFile = "referrals.json";
    public const string CaptureFile = "mailbox.json";

    private readonly JsonWriterOptions options;

    /// <param name="folder">Created when missing.</param>
    /// <param name="indented">Indented files ending in a newline, for a folder people read and diff (the built-in demo).</param>
    public MailboxFolderWriter(string folder, bool indented = false)
    {
        Folder = Directory.CreateDirectory(folder).FullName;
        Indented = indented;
        // Graph sends names like "Müller" and subjects like "A <> B" as plain UTF-8, not \u escapes.
        options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    }

    public string Folder { get; }

    public bool Indented { get; }

    /// <summary>me.json: the signed-in user (id, displayName, mail, userPrincipalName, mailboxSettings...).</summary>
    public void WriteMe(JsonObject me) => Write(MeFile, json => me.WriteTo(json));

    /// <summary>A Graph collection response (<c>{"value": [...]}</c>): a mail folder, events or online meetings.</summary>
    public void WriteCollection(string file, IEnumerable<JsonNode?> items) =>
        WriteCollection(file, items, static (json, item) =>
        {
            if (item is null)
            {
                json.WriteNullValue();
            }
            else
            {
                item.WriteTo(json);
            }
        });

    /// <summary>A Graph collection streamed item by item, for folders too large to hold as JSON nodes.</summary>
    public void WriteCollection<T>(string file, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem) => Write(file, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("value");
        foreach (var item in items)
        {
            writeItem(json, item);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>referrals.json, in the shape <see cref="ReferralSeed.ReadAll"/> reads.</summary>
    public void WriteReferrals(IEnumerable<ReferralSeed> referrals) => Write(ReferralsFile, json =>
    {
        json.WriteStartArray();
        foreach (var referral in referrals)
        {
            json.WriteStartObject();
            WriteParty(json, "prospect", referral.Prospect);
            WriteParty(json, "source", referral.Source);
            json.WriteString("introducedAt", Iso(referral.IntroducedAt));
            if (referral.ClosedAt is { } closed)
            {
                json.WriteString("closedAt", Iso(closed));
                json.WriteString("outcome", referral.Outcome);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    /// <summary>mailbox.json: the moment the mailbox was captured, the replay's <c>now</c>.</summary>
    public void WriteCapturedAt(DateTimeOffset now) => Write(CaptureFile, json =>
    {
        json.WriteStartObject();
        json.WriteString("now", Iso(now));
        json.WriteEndObject();
    });

    /// <summary>Graph's UTC timestamps: whole seconds, "Z".</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static void WriteParty(Utf8JsonWriter json, string property, SeedParty party)
    {
        json.WriteStartObject(property);
        json.WriteString("name", party.Name);
        json.WriteString("address", party.Address);
        json.WriteEndObject();
    }

    private void Write(string file, Action<Utf8JsonWriter> write)
    {
        using var stream = new FileStream(Path.Combine(Folder, file), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using (var json = new Utf8JsonWriter(stream, options))
        {
            write(json);
        }
        if (Indented)
        {
            stream.WriteByte((byte)'\n');
        }
    }
}
