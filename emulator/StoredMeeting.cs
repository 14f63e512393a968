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
