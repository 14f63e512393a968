using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's getSchedule over the demo calendar: free/busy for the mailbox's own user, Graph's per-address
/// error for anyone else (the demo holds one calendar), and Graph's limits on the window and the list.
/// </summary>
internal sealed class ScheduleQueries(MailboxFolder mailbox)
{
    private const int MaxSchedules = 100;
    private const int MaxDays = 62;

    // availabilityView's digits; when statuses overlap in a slot the strongest wins, as in Exchange.
    private static readonly (string Status, char Digit)[] StrongestFirst =
        [("oof", '3'), ("busy", '2'), ("tentative", '1'), ("workingElsewhere", '4')];

    public JsonObject GetSchedule(JsonObject request, NamedZone zone)
    {
        var parameters = GraphJson.ActionParameters(request, "getSchedule", "schedules", "startTime", "endTime", "availabilityViewInterval");
        var schedules = Schedules(parameters["schedules"]);
        if (schedules.Count > MaxSchedules)
        {
            throw new GraphErrorException(400, "ErrorMailboxDataArrayTooBig",
                $"There are too many target users in the EmailAddress array. The allowed size = {MaxSchedules}; the actual size = {schedules.Count}.");
        }
        var from = Time(parameters["startTime"], "startTime");
        var to = Time(parameters["endTime"], "endTime");
        if (to <= from)
        {
            throw new GraphErrorException(400, "ErrorInvalidParameter", "The endTime must be later than the startTime.");
        }
        // Whole days, as Exchange counts them: a window stretched by a daylight-saving hour still fits.
        var days = (to - from).Days;
        if (days > MaxDays)
        {
            throw new GraphErrorException(400, "ErrorTimeIntervalTooBig",
                $"The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = {MaxDays} days; the actual limit = {days} days.");
        }
        var interval = TimeSpan.FromMinutes(Interval(parameters["availabilityViewInterval"]));
        return new JsonObject
        {
            ["value"] = new JsonArray(schedules.Select(address => IsOwnAddress(address)
                ? (JsonNode)OwnSchedule(address, from, to, interval, zone)
                : Unresolved(address)).ToArray()),
        };
    }

    private JsonObject OwnSchedule(string address, DateTimeOffset from, DateTimeOffset to, TimeSpan interval, NamedZone zone)
    {
        var busy = mailbox.Calendar.Between(from, to)
            .Where(e => !e.IsCancelled && StrongestFirst.Any(s => s.Status == e.ShowAs))
            .OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var slots = (int)Math.Ceiling((to - from) / interval);
        var view = string.Concat(Enumerable.Range(0, slots).Select(i =>
        {
            var slotStart = from + (interval * i);
            var slotEnd = slotStart + interval < to ? slotStart + interval : to;
            var inSlot = busy.Where(e => e.Overlaps(slotStart, slotEnd)).Select(e => e.ShowAs).ToHashSet();
            var strongest = StrongestFirst.FirstOrDefault(s => inSlot.Contains(s.Status));
            return strongest.Status is null ? '0' : strongest.Digit;
        }));
        var schedule = new JsonObject
        {
            ["scheduleId"] = address,
            ["availabilityView"] = view,
            ["scheduleItems"] = new JsonArray(busy.Select(e => (JsonNode)new JsonObject
            {
                ["isPrivate"] = (string?)e.Json["sensitivity"] == "private",
                ["status"] = e.ShowAs,
                ["subject"] = e.Json["subject"]?.DeepClone(),
                ["location"] = e.Json["location"]?["displayName"]?.DeepClone(),
                ["start"] = e.Time(e.Json["start"], e.Start, zone),
                ["end"] = e.Time(e.Json["end"], e.End, zone),
            }).ToArray()),
        };
        if (mailbox.Me["mailboxSettings"]?["workingHours"] is JsonObject workingHours)
        {
            schedule["workingHours"] = workingHours.DeepClone();
        }
        return schedule;
    }

    // Graph's answer for an address it cannot resolve: an entry with an error, not a failed request.
    private static JsonObject Unresolved(string address) => new()
    {
        ["scheduleId"] = address,
        ["error"] = new JsonObject
        {
            ["message"] = $"Unable to resolve e-mail address {address} to an Active Directory object.",
            ["responseCode"] = "5009",
        },
    };

    // The addresses that reach this mailbox: mail, UPN, and the smtp: proxy addresses.
    private bool IsOwnAddress(string address)
    {
        var me = mailbox.Me;
        var proxies = me["proxyAddresses"] is JsonArray list
            ? list.Select(p => p?.GetValueKind() == JsonValueKind.String ? (string)p! : "")
                .Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase)).Select(p => p[5..])
            : [];
        return proxies.Append((string?)me["mail"]).Append((string?)me["userPrincipalName"])
            .Any(a => string.Equals(a, address, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Schedules(JsonNode? node) =>
        node is JsonArray list && list.All(a => a?.GetValueKind() == JsonValueKind.String) && list.Count > 0
            ? list.Select(a => (string)a!).ToList()
            : throw new GraphErrorException(400, "ErrorInvalidParameter", "schedules must be a non-empty array of SMTP addresses.");

    private static DateTimeOffset Time(JsonNode? node, string name)
    {
        if (node is not JsonObject value)
        {
            throw new GraphErrorException(400, "ErrorInvalidParameter", $"{name} is required: {{\"dateTime\", \"timeZone\"}}.");
        }
        foreach (var (property, annotation) in value)
        {
            if (property is not ("dateTime" or "timeZone") && !GraphJson.IsTypeAnnotation(property, annotation, "microsoft.graph.dateTimeTimeZone"))
            {
                throw GraphJson.UnknownProperty(property, "microsoft.graph.dateTimeTimeZone");
            }
        }
        try
        {
            return GraphTimeZones.Read(value, name).Instant;
        }
        catch (FormatException ex)
        {
            throw new GraphErrorException(400, "ErrorInvalidParameter", $"{ex.Message}.");
        }
    }

    private static int Interval(JsonNode? node) =>
        node switch
        {
            null => 30,
            JsonValue value when value.TryGetValue<int>(out var minutes) && minutes is >= 5 and <= 1440 => minutes,
            _ => throw new GraphErrorException(400, "ErrorInvalidParameter", "availabilityViewInterval must be a whole number of minutes from 5 to 1440."),
        };
}
