using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// A replayable mailbox on disk (see README, "Mailbox folders"): me.json, inbox.json, sentitems.json,
/// and optionally drafts.json, events.json, onlineMeetings.json, referrals.json and mailbox.json.
/// drafts.json seeds the Drafts folder (a Graph collection like inbox.json, every message "isDraft": true,
/// with a sentDateTime or receivedDateTime); drafts then live in memory: written by the Graph emulator,
/// never saved back to disk.
/// </summary>
public sealed partial class MailboxFolder
{
    // Inbox and sent items change only through the mutation methods below (tests); each is a log that delta rounds read.
    private readonly MailFolderLog inbox;
    private readonly MailFolderLog sent;

    // Mail moved out of inbox or sent items lives on elsewhere: GET /messages/{id} still finds it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StoredMessage> movedOut = new(StringComparer.Ordinal);
    private int deltaEpoch;

    private MailboxFolder(string path, JsonObject me, List<StoredMessage> inbox, List<StoredMessage> sent, List<StoredMessage> drafts,
        MailboxCalendar calendar, List<StoredMeeting> onlineMeetings, IReadOnlyList<ReferralSeed>? referrals, DateTimeOffset? capturedAt)
    {
        Path = path;
        Me = me;
        this.inbox = new MailFolderLog(inbox);
        this.sent = new MailFolderLog(sent);
        DraftStore = new DraftStore(drafts);
        Calendar = calendar;
        OnlineMeetings = onlineMeetings;
        Referrals = referrals;
        CapturedAt = capturedAt;
    }

    public string Path { get; }

    public JsonObject Me { get; }

    public string UserId => (string)Me["id"]!;

    /// <summary>The inbox now (a snapshot: later mutations do not change it).</summary>
    public IReadOnlyList<StoredMessage> Inbox => inbox.Current;

    /// <summary>Sent items now (a snapshot).</summary>
    public IReadOnlyList<StoredMessage> SentItems => sent.Current;

    /// <summary>Changes whenever inbox or sent items change: a cache of a query over them keys on it.</summary>
    public (long Inbox, long Sent) MailVersion => (inbox.Version, sent.Version);

    /// <summary>Delta tokens carry this; <see cref="ExpireDeltaTokens"/> moves it on, so every older token is stale.</summary>
    internal int DeltaEpoch => Volatile.Read(ref deltaEpoch);

    internal MailFolderLog? FolderLog(string folder) => folder.ToLowerInvariant() switch
    {
        "inbox" => inbox,
        "sentitems" => sent,
        _ => null,
    };

    /// <summary>A snapshot of the Drafts folder now: copies, so later writes do not change it.</summary>
    public IReadOnlyList<StoredMessage> Drafts => DraftStore.Snapshot();

    internal DraftStore DraftStore { get; }

    /// <summary>events.json; empty without one.</summary>
    public MailboxCalendar Calendar { get; }

    /// <summary>onlineMeetings.json; empty without one.</summary>
    public IReadOnlyList<StoredMeeting> OnlineMeetings { get; }

    /// <summary>Null when the folder has no referrals.json.</summary>
    public IReadOnlyList<ReferralSeed>? Referrals { get; }

    /// <summary>From mailbox.json's "now": the moment the mailbox was captured, the demo's clock start.</summary>
    public DateTimeOffset? CapturedAt { get; }

    /// <summary>Whether <paramref name="key"/> (an id, a UPN or an address) names this mailbox's user.</summary>
    public bool IsUser(string key) =>
        new[] { "id", "userPrincipalName", "mail" }.Any(p => string.Equals((string?)Me[p], key, StringComparison.OrdinalIgnoreCase));

    /// <summary>A message in any folder by its id (for drafts, a copy); null when there is none.</summary>
    public StoredMessage? FindMessage(string id) =>
        inbox.Find(id) ?? sent.Find(id) ?? (movedOut.TryGetValue(id, out var moved) ? moved : null) ?? DraftStore.Find(id);

    /// <summary>New mail arrives in "inbox" or "sentitems" (a reply is new mail in the same conversation).</summary>
    public void Deliver(string folder, JsonObject message)
    {
        var log = FolderLog(folder) ?? throw new ArgumentException($"No folder '{folder}'.", nameof(folder));
        var stored = ToStored(message);
        if (FindMessage(stored.Id) is not null)
        {
            throw new ArgumentException($"The mailbox already holds {stored.Id}.", nameof(message));
        }
        log.Put(stored);
        Delivered?.Invoke(folder.ToLowerInvariant(), stored.Id);
    }

    /// <summary>New mail landed (folder, message id): what Graph's change notifications for "created" report.</summary>
    public event Action<string, string>? Delivered;

    /// <summary>A message's properties change (a subject fixed by a rule, recipients, a flag): delta returns it again, in full.</summary>
    public void Edit(string id, Action<JsonObject> change)
    {
        var (log, message) = Locate(id);
        var copy = (JsonObject)message.Json.DeepClone();
        change(copy);
        copy["id"] = id;
        log.Put(ToStored(copy));
    }

    /// <summary>Deleted for good: delta reports it @removed with reason "deleted".</summary>
    public void Delete(string id) => Locate(id).Log.Remove(id, "deleted");

    /// <summary>
    /// Moved to another folder (Archive, Deleted Items): gone from this folder's delta, as @removed with reason "changed"
    /// (the item still exists and could come back: https://learn.microsoft.com/en-us/graph/delta-query-overview#resource-representation-in-the-delta-query-response).
    /// </summary>
    public void MoveOut(string id)
    {
        var (log, message) = Locate(id);
        movedOut[id] = message;
        log.Remove(id, "changed");
    }

    /// <summary>Test hook: Exchange evicts delta state when it likes; every delta link given out so far now answers 410.</summary>
    public void ExpireDeltaTokens() => Interlocked.Increment(ref deltaEpoch);

    private (MailFolderLog Log, StoredMessage Message) Locate(string id) =>
        inbox.Find(id) is { } i ? (inbox, i)
        : sent.Find(id) is { } s ? (sent, s)
        : throw new ArgumentException($"Neither inbox nor sent items hold {id}.", nameof(id));

    private static StoredMessage ToStored(JsonObject message)
    {
        static DateTimeOffset? At(JsonObject m, string name) =>
            m[name] is JsonValue v && DateTimeOffset.TryParse((string?)v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
        if (message["id"]?.GetValueKind() != JsonValueKind.String)
        {
            throw new ArgumentException("A message needs a string \"id\".", nameof(message));
        }
        return new StoredMessage(message, At(message, "sentDateTime"), At(message, "receivedDateTime"));
    }

    public static MailboxFolder Load(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new MailboxFolderException($"Mailbox folder not found: {path}");
        }
        var me = ReadJson(path, "me.json") as JsonObject ?? throw Bad(path, "me.json", "expected a user object");
        if (me["id"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String)
        {
            throw Bad(path, "me.json", "the user has no \"id\"");
        }
        var inbox = ReadMessages(path, "inbox.json", required: true);
        var sent = ReadMessages(path, "sentitems.json", required: true);
        var drafts = ReadMessages(path, "drafts.json", required: false);
        CheckDrafts(path, drafts);
        CheckIdsUniqueAcrossFolders(path, ("inbox.json", inbox), ("sentitems.json", sent), ("drafts.json", drafts));
        var owner = Parse(path, "me.json", () => MailboxCalendar.OwnerZoneOf(me));
        var calendar = Parse(path, "events.json", () => MailboxCalendar.Parse(ReadCollection(path, "events.json", required: false), owner));
        var meetings = Parse(path, "onlineMeetings.json", () => StoredMeeting.Parse(ReadCollection(path, "onlineMeetings.json", required: false)));
        var referrals = File.Exists(System.IO.Path.Combine(path, "referrals.json"))
            ? Parse(path, "referrals.json", () => ReferralSeed.ReadAll(ReadJson(path, "referrals.json")))
            : null;
        var captured = ReadCapturedAt(path);
        return new MailboxFolder(System.IO.Path.GetFullPath(path), me, inbox, sent, drafts, calendar, meetings, referrals, captured);
    }

    // The readers of events, meetings and referrals name the item at fault; this adds the file.
    private static T Parse<T>(string folder, string file, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FormatException ex)
        {
            throw Bad(folder, file, ex.Message);
        }
    }

    private static JsonNode? ReadJson(string folder, string file)
    {
        var full = System.IO.Path.Combine(folder, file);
        if (!File.Exists(full))
        {
            throw new MailboxFolderException($"{full} is missing");
        }
        try
        {
            using var stream = File.OpenRead(full);
            return JsonNode.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new MailboxFolderException($"{full} is not valid JSON (line {ex.LineNumber + 1}): {FirstLine(ex.Message)}", ex);
        }
    }

    private static JsonArray ReadCollection(string folder, string file, bool required)
    {
        if (!required && !File.Exists(System.IO.Path.Combine(folder, file)))
        {
            return [];
        }
        var node = ReadJson(folder, file);
        return node is JsonObject { } o && o["value"] is JsonArray values
            ? values
            : throw Bad(folder, file, "expected a Graph collection: {\"value\": [...]}");
    }

    private static List<StoredMessage> ReadMessages(string folder, string file, bool required)
    {
        var list = new List<StoredMessage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = ReadCollection(folder, file, required);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not JsonObject message || message["id"]?.GetValueKind() != JsonValueKind.String)
            {
                throw Bad(folder, file, $"message {i} has no string \"id\"");
            }
            if (!seen.Add((string)message["id"]!))
            {
                throw Bad(folder, file, $"message {i} repeats the id {(string)message["id"]!}");
            }
            var sent = Timestamp(message, "sentDateTime", folder, file, i);
            var received = Timestamp(message, "receivedDateTime", folder, file, i);
            if (sent is null && received is null)
            {
                throw Bad(folder, file, $"message {i} has neither sentDateTime nor receivedDateTime");
            }
            list.Add(new StoredMessage(message, sent, received));
        }
        return list;
    }

    private static void CheckDrafts(string folder, List<StoredMessage> drafts)
    {
        var notDraft = drafts.FindIndex(d => d.Json["isDraft"] is not JsonValue flag || flag.GetValueKind() != JsonValueKind.True);
        if (notDraft >= 0)
        {
            throw Bad(folder, "drafts.json", $"message {notDraft} is not a draft (it needs \"isDraft\": true)");
        }
    }

    // GET /messages/{id} looks in every folder: one id in two folders would make the answer a guess.
    private static void CheckIdsUniqueAcrossFolders(string folder, params (string File, List<StoredMessage> Messages)[] files)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, messages) in files)
        {
            foreach (var message in messages)
            {
                if (!seen.TryAdd(message.Id, file))
                {
                    throw Bad(folder, file, $"the id {message.Id} is already used in {seen[message.Id]}");
                }
            }
        }
    }

    private static DateTimeOffset? Timestamp(JsonObject message, string property, string folder, string file, int index)
    {
        if (message[property] is null)
        {
            return null;
        }
        return message[property]!.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse((string)message[property]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Bad(folder, file, $"message {index} has an unreadable {property}");
    }

    private static DateTimeOffset? ReadCapturedAt(string folder)
    {
        if (!File.Exists(System.IO.Path.Combine(folder, "mailbox.json")))
        {
            return null;
        }
        var now = (ReadJson(folder, "mailbox.json") as JsonObject)?["now"];
        return now is not null && DateTimeOffset.TryParse((string?)now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Bad(folder, "mailbox.json", "expected {\"now\": \"ISO timestamp\"}");
    }

    private static MailboxFolderException Bad(string folder, string file, string what) =>
        new($"{System.IO.Path.Combine(folder, file)}: {what}");

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
