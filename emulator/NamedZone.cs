using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>A time zone as Graph names it ("Pacific Standard Time", "UTC", "Europe/Paris") and the zone itself.</summary>
public sealed record NamedZone(string Name, TimeZoneInfo Zone)
{
    public static readonly NamedZone Utc = new("UTC", TimeZoneInfo.Utc);

    /// <summary>A Graph dateTimeTimeZone for <paramref name="instant"/> as a wall clock in this zone.</summary>
    public JsonObject Show(DateTimeOffset instant) => GraphTimeZones.DateTimeTimeZone(TimeZoneInfo.ConvertTime(instant, Zone).DateTime, Name);
}
