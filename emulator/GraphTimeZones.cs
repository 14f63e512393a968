using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's time zone names and wall-clock times. Graph speaks Windows zone names; .NET on Linux finds those
/// only through ICU, which a slim or invariant-globalization container lacks, so the common ones are mapped
/// to IANA names here and the emulator reads the same everywhere. IANA names are accepted as they are.
/// </summary>
public static partial class GraphTimeZones
{
    // From CLDR's windowsZones.xml, territory "001": the zones an Outlook user is likely to carry.
    private static readonly Dictionary<string, string> WindowsToIana = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dateline Standard Time"] = "Etc/GMT+12", ["Hawaiian Standard Time"] = "Pacific/Honolulu",
        ["Alaskan Standard Time"] = "America/Anchorage", ["Pacific Standard Time"] = "America/Los_Angeles",
        ["Pacific Standard Time (Mexico)"] = "America/Tijuana", ["US Mountain Standard Time"] = "America/Phoenix",
        ["Mountain Standard Time"] = "America/Denver", ["Central America Standard Time"] = "America/Guatemala",
        ["Central Standard Time"] = "America/Chicago", ["Central Standard Time (Mexico)"] = "America/Mexico_City",
        ["Canada Central Standard Time"] = "America/Regina", ["SA Pacific Standard Time"] = "America/Bogota",
        ["Eastern Standard Time"] = "America/New_York", ["US Eastern Standard Time"] = "America/Indiana/Indianapolis",
        ["Atlantic Standard Time"] = "America/Halifax", ["Newfoundland Standard Time"] = "America/St_Johns",
        ["E. South America Standard Time"] = "America/Sao_Paulo", ["Argentina Standard Time"] = "America/Argentina/Buenos_Aires",
        ["Pacific SA Standard Time"] = "America/Santiago", ["UTC"] = "Etc/UTC", ["GMT Standard Time"] = "Europe/London",
        ["Greenwich Standard Time"] = "Atlantic/Reykjavik", ["Morocco Standard Time"] = "Africa/Casablanca",
        ["W. Europe Standard Time"] = "Europe/Berlin", ["Central Europe Standard Time"] = "Europe/Budapest",
        ["Romance Standard Time"] = "Europe/Paris", ["Central European Standard Time"] = "Europe/Warsaw",
        ["W. Central Africa Standard Time"] = "Africa/Lagos", ["GTB Standard Time"] = "Europe/Bucharest",
        ["E. Europe Standard Time"] = "Europe/Chisinau", ["FLE Standard Time"] = "Europe/Kiev",
        ["Israel Standard Time"] = "Asia/Jerusalem", ["Egypt Standard Time"] = "Africa/Cairo",
        ["South Africa Standard Time"] = "Africa/Johannesburg", ["Turkey Standard Time"] = "Europe/Istanbul",
        ["Russian Standard Time"] = "Europe/Moscow", ["Arab Standard Time"] = "Asia/Riyadh",
        ["E. Africa Standard Time"] = "Africa/Nairobi", ["Iran Standard Time"] = "Asia/Tehran",
        ["Arabian Standard Time"] = "Asia/Dubai", ["Pakistan Standard Time"] = "Asia/Karachi",
        ["India Standard Time"] = "Asia/Kolkata", ["Sri Lanka Standard Time"] = "Asia/Colombo",
        ["Nepal Standard Time"] = "Asia/Kathmandu", ["Bangladesh Standard Time"] = "Asia/Dhaka",
        ["SE Asia Standard Time"] = "Asia/Bangkok", ["China Standard Time"] = "Asia/Shanghai",
        ["Singapore Standard Time"] = "Asia/Singapore", ["Taipei Standard Time"] = "Asia/Taipei",
        ["W. Australia Standard Time"] = "Australia/Perth", ["Tokyo Standard Time"] = "Asia/Tokyo",
        ["Korea Standard Time"] = "Asia/Seoul", ["Cen. Australia Standard Time"] = "Australia/Adelaide",
        ["E. Australia Standard Time"] = "Australia/Brisbane", ["AUS Eastern Standard Time"] = "Australia/Sydney",
        ["New Zealand Standard Time"] = "Pacific/Auckland",
    };

    /// <summary>The Windows zone names known without ICU.</summary>
    public static IEnumerable<string> WindowsNames => WindowsToIana.Keys;

    /// <summary>The zone Graph means by <paramref name="name"/>: a Windows name, an IANA name or "UTC"; null when unknown.</summary>
    public static TimeZoneInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        if (name.Equals("UTC", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(WindowsToIana.GetValueOrDefault(name, name));
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The instant a wall clock reads in a zone. In the spring-forward gap it moves on by the gap, as Exchange does.</summary>
    public static DateTimeOffset ToInstant(DateTime wall, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>Graph's dateTimeTimeZone: seven decimals, no offset, the zone by name.</summary>
    public static JsonObject DateTimeTimeZone(DateTime wall, string zoneName) => new()
    {
        ["dateTime"] = wall.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = zoneName,
    };

    /// <summary>
    /// Reads a dateTimeTimeZone: a wall clock in its zone. A dateTime that carries its own offset
    /// ("...Z", "+02:00") is that instant, whatever the zone says. Throws FormatException on anything else.
    /// </summary>
    public static (DateTime Wall, DateTimeOffset Instant, NamedZone Zone) Read(JsonNode? node, string what)
    {
        if (node is not JsonObject value || value["dateTime"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            throw new FormatException($"{what} needs {{\"dateTime\", \"timeZone\"}}");
        }
        var zoneName = value["timeZone"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string)value["timeZone"]! : "UTC";
        var zone = Find(zoneName) ?? throw new FormatException($"{what} has an unknown timeZone '{zoneName}'");
        var text = (string)value["dateTime"]!;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var wall))
        {
            throw new FormatException($"{what} has an unreadable dateTime '{text}'");
        }
        if (wall.Kind == DateTimeKind.Unspecified)
        {
            return (wall, ToInstant(wall, zone), new NamedZone(zoneName, zone));
        }
        var instant = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        return (TimeZoneInfo.ConvertTime(instant, zone).DateTime, instant, new NamedZone(zoneName, zone));
    }

    [GeneratedRegex("""outlook\.timezone\s*=\s*(?:"(?<zone>[^"]*)"|(?<zone>[^,;\s]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex PreferTimeZone();

    /// <summary>The zone a request's <c>Prefer: outlook.timezone="..."</c> asks for; UTC without one, as Graph answers.</summary>
    public static NamedZone Preferred(HttpRequestMessage request)
    {
        var prefer = request.Headers.TryGetValues("Prefer", out var values) ? string.Join(',', values) : "";
        var match = PreferTimeZone().Match(prefer);
        if (!match.Success)
        {
            return NamedZone.Utc;
        }
        var name = match.Groups["zone"].Value;
        return Find(name) is { } zone
            ? new NamedZone(name, zone)
            : throw new GraphErrorException(400, "TimeZoneNotSupportedException",
                $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{name}'.");
    }
}
