using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>A Teams meeting of onlineMeetings.json, with its attendance reports kept apart as Graph serves them.</summary>
public sealed record StoredMeeting(JsonObject Json, IReadOnlyList<StoredReport> Reports)
{
    public string Id => (string)Json["id"]!;

    public string? JoinWebUrl => (string?)Json["joinWebUrl"];

    /// <summary>Reads onlineMeetings.json's values; throws FormatException naming the meeting or report at fault.</summary>
    public static List<StoredMeeting> Parse(JsonArray values)
    {
        var meetings = new List<StoredMeeting>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var what = $"meeting {i}";
            if (values[i] is not JsonObject source || !IsString(source["id"]))
            {
                throw new FormatException($"{what} has no string \"id\"");
            }
            if (!seen.Add((string)source["id"]!))
            {
                throw new FormatException($"{what} repeats the id {(string)source["id"]!}");
            }
            if (source["joinWebUrl"] is { } url && !IsString(url))
            {
                throw new FormatException($"{what} has a joinWebUrl that is not a string");
            }
            var reports = source["attendanceReports"] switch
            {
                null => [],
                JsonArray array => array.Select((r, j) => StoredReport.Parse(r, $"{what}'s report {j}")).ToList(),
                _ => throw new FormatException($"{what} has attendanceReports that are not an array"),
            };
            var ids = reports.Select(r => r.Id).ToList();
            if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            {
                throw new FormatException($"{what} has two attendance reports with the same id");
            }
            var json = source.DeepClone().AsObject();
            json.Remove("attendanceReports");
            meetings.Add(new StoredMeeting(json, reports));
        }
        return meetings;
    }

    internal static bool IsString(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String;
}

/// <summary>
/// An attendance report and its records. <c>availableAfter</c>, a demo-only field, hides the report until
/// the emulator's clock reaches it: Teams publishes reports some time after a meeting ends.
/// </summary>
public sealed record StoredReport(JsonObject Json, JsonArray Records, DateTimeOffset? AvailableAfter)
{
    public string Id => (string)Json["id"]!;

    public bool IsAvailable(DateTimeOffset now) => AvailableAfter is not { } after || now >= after;

    /// <summary>The report as Graph returns it, with its records only when they were expanded.</summary>
    public JsonObject Show(bool withRecords)
    {
        var shown = Json.DeepClone().AsObject();
        if (withRecords)
        {
            shown["attendanceRecords"] = Records.DeepClone();
        }
        return shown;
    }

    internal static StoredReport Parse(JsonNode? node, string what)
    {
        if (node is not JsonObject source || !StoredMeeting.IsString(source["id"]))
        {
            throw new FormatException($"{what} has no string \"id\"");
        }
        var records = source["attendanceRecords"] switch
        {
            null => [],
            JsonArray array when array.All(r => r is JsonObject) => array.DeepClone().AsArray(),
            _ => throw new FormatException($"{what} has attendanceRecords that are not an array of objects"),
        };
        DateTimeOffset? availableAfter = source["availableAfter"] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String
                && DateTimeOffset.TryParse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
            _ => throw new FormatException($"{what} has an unreadable availableAfter (expected an ISO timestamp)"),
        };
        var json = source.DeepClone().AsObject();
        json.Remove("attendanceRecords");
        json.Remove("availableAfter");
        return new StoredReport(json, records, availableAfter);
    }
}
