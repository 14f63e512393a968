using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// An event of the demo calendar: its Graph JSON and the instants it starts and ends. An all-day event's
/// dates are read in the mailbox owner's zone (where Exchange keeps them), yet shown at midnight in any
/// zone a request asks for, as Graph shows them.
/// </summary>
public sealed record StoredEvent(JsonObject Json, DateTimeOffset Start, DateTimeOffset End)
{
    public static readonly string[] Types = ["singleInstance", "occurrence", "exception", "seriesMaster"];

    public static readonly string[] FreeBusyStatuses = ["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"];

    public string Id => (string)Json["id"]!;

    public string Type => (string?)Json["type"] ?? "singleInstance";

    public string? SeriesMasterId => Json["seriesMasterId"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : null;

    public bool IsAllDay => Json["isAllDay"]?.GetValueKind() == JsonValueKind.True;

    public bool IsCancelled => Json["isCancelled"]?.GetValueKind() == JsonValueKind.True;

    public string ShowAs => (string?)Json["showAs"] ?? "busy";

    /// <summary>Whether any of it falls in [from, to): a zero-length event counts at its instant.</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) =>
        Start < to && (End > from || (Start == End && Start >= from));

    /// <summary>The event as Graph returns it to a request that prefers <paramref name="zone"/>.</summary>
    public JsonObject Show(NamedZone zone)
    {
        var shown = Json.DeepClone().AsObject();
        shown["start"] = Time(Json["start"], Start, zone);
        shown["end"] = Time(Json["end"], End, zone);
        return shown;
    }

    /// <summary>A start or end as Graph shows it: the viewer's wall clock, or midnight unchanged for an all-day event.</summary>
    public JsonObject Time(JsonNode? stored, DateTimeOffset instant, NamedZone zone) =>
        IsAllDay
            ? new JsonObject { ["dateTime"] = stored!["dateTime"]!.DeepClone(), ["timeZone"] = zone.Name }
            : zone.Show(instant);

    /// <summary>
    /// Reads event <paramref name="index"/> of events.json; throws FormatException naming what is wrong.
    /// <paramref name="owner"/> is the zone an all-day event's dates are read in.
    /// </summary>
    public static (StoredEvent Event, NamedZone Zone, DateTime StartWall, DateTime EndWall) Parse(JsonNode? node, int index, NamedZone owner)
    {
        var what = $"event {index}";
        if (node is not JsonObject json || json["id"]?.GetValueKind() != JsonValueKind.String)
        {
            throw new FormatException($"{what} has no string \"id\"");
        }
        foreach (var flag in new[] { "isAllDay", "isCancelled" })
        {
            if (json[flag] is { } value && value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new FormatException($"{what} has a {flag} that is not true or false");
            }
        }
        CheckOneOf(json, "type", Types, what);
        CheckOneOf(json, "showAs", FreeBusyStatuses, what);
        var start = GraphTimeZones.Read(json["start"], $"{what}'s start");
        var end = GraphTimeZones.Read(json["end"], $"{what}'s end");
        var allDay = json["isAllDay"]?.GetValueKind() == JsonValueKind.True;
        if (allDay && (start.Wall.TimeOfDay != TimeSpan.Zero || end.Wall.TimeOfDay != TimeSpan.Zero))
        {
            throw new FormatException($"{what} is all-day but does not start and end at midnight");
        }
        var zone = allDay ? owner : start.Zone;
        var (startAt, endAt) = allDay
            ? (GraphTimeZones.ToInstant(start.Wall, owner.Zone), GraphTimeZones.ToInstant(end.Wall, owner.Zone))
            : (start.Instant, end.Instant);
        if (endAt < startAt)
        {
            throw new FormatException($"{what} ends before it starts");
        }
        return (new StoredEvent(json, startAt, endAt), zone, start.Wall, end.Wall);
    }

    /// <summary>An occurrence's or exception's <c>originalStart</c>: the slot of the series it stands for.</summary>
    public DateTimeOffset? OriginalStart =>
        Json["originalStart"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && DateTimeOffset.TryParse((string)v!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at : null;

    private static void CheckOneOf(JsonObject json, string name, string[] allowed, string what)
    {
        if (json[name] is { } value && (value.GetValueKind() != JsonValueKind.String || !allowed.Contains((string)value!)))
        {
            throw new FormatException($"{what} has a {name} that is not one of {string.Join(", ", allowed)}");
        }
    }
}
