using System.Text.Json.Nodes;

namespace OutlookReferral.Tests.Emulator;

/// <summary>Writes events.json, onlineMeetings.json and the owner's mailbox settings into a test's mailbox folder.</summary>
internal static class CalendarFiles
{
    public const string Pacific = "Pacific Standard Time";

    /// <summary>A Graph event; <paramref name="start"/> and <paramref name="end"/> are wall clocks in <paramref name="zone"/>.</summary>
    public static JsonObject Event(string id, string subject, string start, string end, string zone = "UTC", string showAs = "busy") => new()
    {
        ["id"] = id,
        ["subject"] = subject,
        ["type"] = "singleInstance",
        ["isAllDay"] = false,
        ["isCancelled"] = false,
        ["showAs"] = showAs,
        ["sensitivity"] = "normal",
        ["start"] = new JsonObject { ["dateTime"] = start, ["timeZone"] = zone },
        ["end"] = new JsonObject { ["dateTime"] = end, ["timeZone"] = zone },
        ["location"] = new JsonObject { ["displayName"] = "Microsoft Teams Meeting" },
    };

    /// <summary>Makes <paramref name="master"/> a series master with the given recurrence pattern and range.</summary>
    public static JsonObject Recurring(JsonObject master, JsonObject pattern, JsonObject range)
    {
        master["type"] = "seriesMaster";
        master["recurrence"] = new JsonObject { ["pattern"] = pattern, ["range"] = range };
        return master;
    }

    public static JsonObject With(this JsonObject json, string name, JsonNode? value)
    {
        json[name] = value;
        return json;
    }

    /// <summary>An online meeting with its reports, as onlineMeetings.json folds them in.</summary>
    public static JsonObject Meeting(string id, string joinWebUrl, params JsonObject[] reports) => new()
    {
        ["id"] = id,
        ["joinWebUrl"] = joinWebUrl,
        ["subject"] = "Intro call",
        ["startDateTime"] = "2026-11-19T18:00:00Z",
        ["endDateTime"] = "2026-11-19T18:30:00Z",
        ["attendanceReports"] = new JsonArray(reports.Select(r => (JsonNode)r).ToArray()),
    };

    public static JsonObject Report(string id, params string[] attendees) => new()
    {
        ["id"] = id,
        ["totalParticipantCount"] = attendees.Length,
        ["meetingStartDateTime"] = "2026-11-19T17:58:00Z",
        ["meetingEndDateTime"] = "2026-11-19T18:20:00Z",
        ["attendanceRecords"] = new JsonArray(attendees.Select(a => (JsonNode)new JsonObject
        {
            ["emailAddress"] = a,
            ["totalAttendanceInSeconds"] = 1320,
            ["role"] = "Presenter",
            ["identity"] = new JsonObject { ["id"] = a, ["displayName"] = a.Split('@')[0] },
            ["attendanceIntervals"] = new JsonArray(new JsonObject
            {
                ["joinDateTime"] = "2026-11-19T17:58:00Z", ["leaveDateTime"] = "2026-11-19T18:20:00Z", ["durationInSeconds"] = 1320,
            }),
        }).ToArray()),
    };

    public static Action<string> Events(params JsonObject[] events) =>
        folder => Write(folder, "events.json", events);

    public static Action<string> WithMeetings(params JsonObject[] meetings) =>
        folder => Write(folder, "onlineMeetings.json", meetings);

    /// <summary>Gives the rep Pacific time, weekday 08:00-17:00 working hours and an alias, as the demo's me.json has.</summary>
    public static void PacificRep(string folder)
    {
        var path = Path.Combine(folder, "me.json");
        var me = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        me["proxyAddresses"] = new JsonArray("SMTP:sam@contoso.com", "smtp:srivera@contoso.com");
        me["mailboxSettings"] = new JsonObject
        {
            ["timeZone"] = Pacific,
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
                ["startTime"] = "08:00:00.0000000",
                ["endTime"] = "17:00:00.0000000",
                ["timeZone"] = new JsonObject { ["name"] = Pacific },
            },
        };
        File.WriteAllText(path, me.ToJsonString());
    }

    private static void Write(string folder, string file, JsonObject[] items) =>
        File.WriteAllText(Path.Combine(folder, file), new JsonObject { ["value"] = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray()) }.ToJsonString());
}
