using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// The demo mailbox's calendar (events.json): single events, occurrences and exceptions as captured, and
/// series masters expanded into their occurrences on demand, as calendarView does. A captured occurrence
/// (an exception, a cancelled one) takes the place of the one the series would generate for that slot.
/// Tests change it through <see cref="Add"/>, <see cref="Move"/>, <see cref="Cancel"/> and <see cref="Delete"/>
/// (MailboxCalendar.Changes.cs); each change swaps in a whole new state, so a reader never sees half of one.
/// </summary>
public sealed partial class MailboxCalendar
{
    private State state;

    private MailboxCalendar(State state, NamedZone owner)
    {
        this.state = state;
        OwnerZone = owner;
    }

    private sealed record State(IReadOnlyList<StoredEvent> Events, IReadOnlyList<StoredEvent> Instances, IReadOnlyList<Series> Series)
    {
        public static State Of(List<StoredEvent> events, List<Series> series) =>
            new(events, events.Where(e => e.Type != "seriesMaster").ToList(), series);
    }

    /// <summary>Every event of the calendar now (events.json and later changes), series masters included, in file order.</summary>
    public IReadOnlyList<StoredEvent> Events => Volatile.Read(ref state).Events;

    /// <summary>The owner's zone (me.json mailboxSettings.timeZone): where all-day events fall.</summary>
    public NamedZone OwnerZone { get; }

    /// <summary>What calendarView holds for [from, to): everything overlapping it, series as occurrences.</summary>
    public IEnumerable<StoredEvent> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var now = Volatile.Read(ref state);
        return now.Instances.Where(e => e.Overlaps(from, to)).Concat(now.Series.SelectMany(s => s.Occurrences(from, to)));
    }

    /// <summary>The mailbox owner's zone from a Graph user; UTC when it has none. Throws FormatException on an unknown name.</summary>
    public static NamedZone OwnerZoneOf(JsonObject me)
    {
        if (me["mailboxSettings"]?["timeZone"] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return NamedZone.Utc;
        }
        var name = (string)value!;
        return GraphTimeZones.Find(name) is { } zone
            ? new NamedZone(name, zone)
            : throw new FormatException($"mailboxSettings.timeZone '{name}' is not a time zone the demo mailbox knows");
    }

    /// <summary>Reads events.json's values; throws FormatException naming the event at fault.</summary>
    public static MailboxCalendar Parse(JsonArray values, NamedZone owner) => new(Build(values, owner), owner);

    private static State Build(JsonArray values, NamedZone owner)
    {
        var events = new List<StoredEvent>();
        var masters = new List<(StoredEvent Master, NamedZone Zone, DateTime StartWall, DateTime EndWall, int Index)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var (stored, zone, startWall, endWall) = StoredEvent.Parse(values[i], i, owner);
            if (!seen.Add(stored.Id))
            {
                throw new FormatException($"event {i} repeats the id {stored.Id}");
            }
            events.Add(stored);
            if (stored.Type == "seriesMaster")
            {
                masters.Add((stored, zone, startWall, endWall, i));
            }
        }
        var series = masters.Select(m => Series.Of(m.Master, m.Zone, m.StartWall, m.EndWall, m.Index,
            events.Where(e => e.Type != "seriesMaster" && e.SeriesMasterId == m.Master.Id).ToList())).ToList();
        return State.Of(events, series);
    }

    private sealed record Series(
        StoredEvent Master, Recurrence Rule, NamedZone Zone, TimeOnly StartTime, TimeSpan Length, IReadOnlyList<StoredEvent> Captured)
    {
        public static Series Of(StoredEvent master, NamedZone zone, DateTime startWall, DateTime endWall, int index, List<StoredEvent> captured)
        {
            Recurrence rule;
            try
            {
                rule = Recurrence.Parse(master.Json["recurrence"]);
            }
            catch (FormatException ex)
            {
                throw new FormatException($"event {index} is a seriesMaster, but {ex.Message}", ex);
            }
            if (master.IsAllDay)
            {
                // All-day series keep to whole dates in the owner's zone, whatever the recurrence's zone says.
                return new Series(master, rule, zone, TimeOnly.MinValue, endWall - startWall, captured);
            }
            if (rule.ZoneName is { } name)
            {
                zone = GraphTimeZones.Find(name) is { } found ? new NamedZone(name, found)
                    : throw new FormatException($"event {index} has an unknown recurrenceTimeZone '{name}'");
            }
            // The series keeps its wall-clock time across daylight-saving changes in its own zone.
            var startTime = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(master.Start, zone.Zone).DateTime);
            return new Series(master, rule, zone, startTime, master.End - master.Start, captured);
        }

        public IEnumerable<StoredEvent> Occurrences(DateTimeOffset from, DateTimeOffset to)
        {
            var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, Zone.Zone).DateTime);
            foreach (var date in Rule.Dates(last))
            {
                var wallStart = date.ToDateTime(StartTime);
                var start = GraphTimeZones.ToInstant(wallStart, Zone.Zone);
                var wallEnd = Master.IsAllDay ? wallStart + Length : TimeZoneInfo.ConvertTime(start + Length, Zone.Zone).DateTime;
                var end = Master.IsAllDay ? GraphTimeZones.ToInstant(wallEnd, Zone.Zone) : start + Length;
                var occurrence = new StoredEvent(Occurrence(date, start, wallStart, wallEnd), start, end);
                if (occurrence.Overlaps(from, to) && !IsCaptured(date, start))
                {
                    yield return occurrence;
                }
            }
        }

        // A captured occurrence names its slot by originalStart; without one, by its day in the series' zone.
        private bool IsCaptured(DateOnly date, DateTimeOffset start) =>
            Captured.Any(e => e.OriginalStart is { } original
                ? original == start
                : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Start, Zone.Zone).DateTime) == date);

        private JsonObject Occurrence(DateOnly date, DateTimeOffset start, DateTime wallStart, DateTime wallEnd)
        {
            var json = Master.Json.DeepClone().AsObject();
            json["id"] = $"{Master.Id}_{start.UtcTicks}";
            json["type"] = "occurrence";
            json["seriesMasterId"] = Master.Id;
            json["recurrence"] = null;
            json["originalStart"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            json["start"] = GraphTimeZones.DateTimeTimeZone(wallStart, Zone.Name);
            json["end"] = GraphTimeZones.DateTimeTimeZone(wallEnd, Zone.Name);
            if ((string?)Master.Json["iCalUId"] is { } uid)
            {
                json["iCalUId"] = OccurrenceUid(uid, date);
            }
            return json;
        }

        // Exchange's iCalUId is a GlobalObjectId: after its 16-byte class id come four bytes holding the
        // occurrence's date (year high, year low, month, day), zero on the master. Graph documents the
        // iCalUId as different for each occurrence; this is how.
        private static string OccurrenceUid(string uid, DateOnly date) =>
            uid.Length >= 40 && uid.StartsWith("040000008200E00074C5B7101A82E008", StringComparison.OrdinalIgnoreCase)
                ? string.Concat(uid.AsSpan(0, 32), $"{date.Year:X4}{date.Month:X2}{date.Day:X2}", uid.AsSpan(40))
                : uid;
    }
}
