using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// Changes to the calendar after it was loaded, as a rep or an organiser makes them in Outlook: what tests of
/// calendar delta need. Each change bumps <see cref="Version"/> and records which event it touched, so a delta
/// round can tell what changed outside its range too (see <see cref="CalendarDeltaQueries"/>).
/// </summary>
public sealed partial class MailboxCalendar
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> changedAt = new(StringComparer.Ordinal);
    private long version;

    /// <summary>Bumped by every change.</summary>
    public long Version => Interlocked.Read(ref version);

    /// <summary>The ids of events (series masters by their own id) added, changed or deleted after <paramref name="since"/>.</summary>
    public IReadOnlyList<string> ChangedSince(long since)
    {
        lock (gate)
        {
            return changedAt.Where(c => c.Value > since).Select(c => c.Key).ToList();
        }
    }

    /// <summary>Adds an event (Graph JSON, as events.json holds it); throws FormatException when it is not one.</summary>
    public void Add(JsonObject json) =>
        Change((string?)json["id"] ?? throw new FormatException("the event has no id"), all =>
        {
            if (all.Any(e => (string?)e["id"] == (string?)json["id"]))
            {
                throw new FormatException($"the calendar already has an event {json["id"]}");
            }
            all.Add(json.DeepClone().AsObject());
        });

    /// <summary>Moves an event (a single instance, an exception or a whole series) to start and end at other instants.</summary>
    public void Move(string id, DateTimeOffset start, DateTimeOffset end) =>
        Edit(id, json =>
        {
            json["start"] = GraphTimeZones.DateTimeTimeZone(start.UtcDateTime, "UTC");
            json["end"] = GraphTimeZones.DateTimeTimeZone(end.UtcDateTime, "UTC");
        });

    /// <summary>
    /// The organiser cancelled: the attendee's copy stays, with isCancelled and Outlook's "Canceled: " before its subject.
    /// https://learn.microsoft.com/en-us/graph/api/resources/event (isCancelled)
    /// </summary>
    public void Cancel(string id) =>
        Edit(id, json =>
        {
            json["isCancelled"] = true;
            json["subject"] = "Canceled: " + (string?)json["subject"];
        });

    /// <summary>Deletes an event; a series master takes its occurrences and exceptions with it, as Outlook does.</summary>
    public void Delete(string id) =>
        Change(id, all =>
        {
            if (all.RemoveAll(e => (string?)e["id"] == id || (string?)e["seriesMasterId"] == id) == 0)
            {
                throw new KeyNotFoundException($"the calendar has no event {id}");
            }
        });

    private void Edit(string id, Action<JsonObject> edit) =>
        Change(id, all => edit(all.Find(e => (string?)e["id"] == id) ?? throw new KeyNotFoundException($"the calendar has no event {id}")));

    // The whole calendar is parsed again from its JSON: a change is checked as strictly as events.json is.
    private void Change(string id, Action<List<JsonObject>> change)
    {
        lock (gate)
        {
            var all = Volatile.Read(ref state).Events.Select(e => e.Json.DeepClone().AsObject()).ToList();
            change(all);
            var next = Build(new JsonArray([.. all]), OwnerZone);
            // State first: a reader that takes the version and then the state never sees a change older than the version says.
            Volatile.Write(ref state, next);
            changedAt[id] = Interlocked.Increment(ref version);
        }
    }
}
