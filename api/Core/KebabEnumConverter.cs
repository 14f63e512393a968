using System.Text.Json.Serialization;

namespace OutlookReferral.Core;

/// <summary>Writes and reads enum values the way the API contract spells them ("no-show").</summary>
public sealed class KebabEnumConverter<T>() : JsonStringEnumConverter<T>(System.Text.Json.JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
