using System.Text.Json.Serialization;

namespace OutlookReferral.FollowUps;

/// <summary>Where a referral stands. Serialised kebab-case: "new", "no-show"...</summary>
[JsonConverter(typeof(KebabEnumConverter<ReferralState>))]
public enum ReferralState { New, Waiting, Quiet, Replied, Paused, Closed, NoShow }

/// <summary>The playbook's steps, in cadence order, plus the steps outside the silence cadence.</summary>
[JsonConverter(typeof(KebabEnumConverter<CadenceStep>))]
public enum CadenceStep { FirstReachOut, SecondNote, AskSource, CheckIn, Indifference, SorryIMissedYou, UpdateSource, ThankSource }

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

/// <summary>Writes and reads enum values the way the API contract spells them ("no-show").</summary>
public sealed class KebabEnumConverter<T>() : JsonStringEnumConverter<T>(System.Text.Json.JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
