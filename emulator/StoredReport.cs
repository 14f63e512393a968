using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

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
