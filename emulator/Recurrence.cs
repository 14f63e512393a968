using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// A series master's <c>recurrence</c>, as far as the demo calendar expands it: daily and weekly patterns
/// that end on a date, after a number of occurrences, or never. Anything else is refused when the
/// mailbox loads, so a series never silently goes missing from the calendar.
/// </summary>
public sealed record Recurrence(
    string Pattern, int Interval, IReadOnlyList<DayOfWeek> Days, DayOfWeek FirstDayOfWeek,
    DateOnly StartDate, DateOnly? EndDate, int? Count, string? ZoneName)
{
    // Far enough for any calendar, short of DateOnly's end so stepping past it cannot overflow.
    private static readonly DateOnly Horizon = new(9990, 1, 1);

    /// <summary>The series' dates in order, up to and including <paramref name="last"/> or the series' own end.</summary>
    public IEnumerable<DateOnly> Dates(DateOnly last)
    {
        last = last < Horizon ? last : Horizon;
        var produced = 0;
        foreach (var date in Candidates())
        {
            if (date > last || date > EndDate || produced == Count)
            {
                yield break;
            }
            produced++;
            yield return date;
        }
    }

    private IEnumerable<DateOnly> Candidates()
    {
        if (Pattern == "daily")
        {
            for (var day = StartDate; ; day = day.AddDays(Interval))
            {
                yield return day;
            }
        }
        // Weekly: every Interval-th week, counted from the week (as firstDayOfWeek starts it) holding the start date.
        int Offset(DayOfWeek day) => ((int)day - (int)FirstDayOfWeek + 7) % 7;
        var offsets = Days.Select(Offset).Distinct().Order().ToArray();
        for (var week = StartDate.AddDays(-Offset(StartDate.DayOfWeek)); ; week = week.AddDays(7 * Interval))
        {
            foreach (var day in offsets.Select(o => week.AddDays(o)).Where(d => d >= StartDate))
            {
                yield return day;
            }
        }
    }

    /// <summary>Reads Graph's patternedRecurrence; throws FormatException naming what is wrong or unsupported.</summary>
    public static Recurrence Parse(JsonNode? node)
    {
        if (node is not JsonObject source)
        {
            throw new FormatException("it has no recurrence");
        }
        var pattern = source["pattern"] as JsonObject ?? throw new FormatException("its recurrence has no pattern");
        var range = source["range"] as JsonObject ?? throw new FormatException("its recurrence has no range");
        var type = Text(pattern, "type") ?? throw new FormatException("its recurrence pattern has no type");
        if (type is not ("daily" or "weekly"))
        {
            throw new FormatException($"the demo calendar expands only daily and weekly recurrences, not '{type}'");
        }
        var days = pattern["daysOfWeek"] is JsonArray names
            ? names.Select(n => Day(n?.GetValueKind() == JsonValueKind.String ? (string)n! : null)).ToList()
            : [];
        if (type == "weekly" && days.Count == 0)
        {
            throw new FormatException("its weekly recurrence names no daysOfWeek");
        }
        var rangeType = Text(range, "type");
        var recurrence = new Recurrence(
            type,
            Number(pattern, "interval") ?? 1,
            days,
            Text(pattern, "firstDayOfWeek") is { } first ? Day(first) : DayOfWeek.Sunday,
            Date(range, "startDate") ?? throw new FormatException("its recurrence range has no startDate"),
            rangeType == "endDate" ? Date(range, "endDate") ?? throw new FormatException("its recurrence range has no endDate") : null,
            rangeType == "numbered" ? Number(range, "numberOfOccurrences") ?? throw new FormatException("its recurrence range has no numberOfOccurrences") : null,
            Text(range, "recurrenceTimeZone"));
        return rangeType is "endDate" or "numbered" or "noEnd"
            ? recurrence
            : throw new FormatException($"its recurrence range type '{rangeType}' is not endDate, numbered or noEnd");
    }

    private static string? Text(JsonObject source, string name) =>
        source[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? (string)value! : null;

    private static int? Number(JsonObject source, string name) =>
        source[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<int>(out var number) && number >= 1 => number,
            _ => throw new FormatException($"its recurrence {name} is not a whole number of at least 1"),
        };

    private static DateOnly? Date(JsonObject source, string name) =>
        Text(source, name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new FormatException($"its recurrence {name} '{text}' is not a yyyy-MM-dd date");

    private static DayOfWeek Day(string? name) =>
        Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(name, out _)
            ? day
            : throw new FormatException($"its recurrence names an unknown day '{name}'");
}
