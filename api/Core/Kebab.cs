namespace OutlookReferral.Core;

/// <summary>The API contract's spelling of enum values ("no-show", "second-note"): to text, from text, and the list of names.</summary>
public static class Kebab
{
    private static readonly System.Text.Json.JsonNamingPolicy Policy = System.Text.Json.JsonNamingPolicy.KebabCaseLower;

    public static string Name(ReferralState state) => Policy.ConvertName(state.ToString());

    public static string Name(CadenceStep step) => Policy.ConvertName(step.ToString());

    public static string Of<T>(T value) where T : struct, Enum => Policy.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Policy.ConvertName(candidate.ToString()), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static IEnumerable<string> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => Policy.ConvertName(v.ToString()));
}
