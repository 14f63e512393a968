using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Reads the return date an out-of-office reply names ("back on Monday, 30 November",
/// "returning 2026-12-02", "out until 12/2"). Null when it names none we can trust.
/// </summary>
public static partial class ReturnDateParser
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // A cue word, then (within a short stretch of text) a date. "Back"-type cues name the return day;
    // "until" usually does too; "through" names the last day away.
    [GeneratedRegex(@"\b(?<cue>back|return|returning|returns|resume|in the office|until|till|through|thru)\b(?=(?<tail>.{0,60}))",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?<y>20\d\d)-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(st|nd|rd|th)?\b(,?\s+(?<y>20\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(,?\s+(?<y>20\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[/.](?<b>\d{1,2})([/.](?<y>(20)?\d\d))?\b")]
    private static partial Regex Numeric();

    /// <param name="text">Subject and body preview of the automatic reply.</param>
    /// <param name="sentAt">When the reply was sent: a date without a year is the next one after it.</param>
    public static DateOnly? Parse(string text, DateTimeOffset sentAt)
    {
        var sent = DateOnly.FromDateTime(sentAt.UtcDateTime);
        var found = new List<(int Rank, DateOnly Date)>();
        foreach (Match cue in Cue().Matches(text))
        {
            var word = cue.Groups["cue"].Value.ToLowerInvariant();
            var (rank, shift) = word switch
            {
                "through" or "thru" => (2, 1),
                "until" or "till" => (1, 0),
                _ => (0, 0),
            };
            // A return date in the past, or more than a year out, is a misread rather than a plan.
            if (FirstDateIn(cue.Groups["tail"].Value, sent)?.AddDays(shift) is { } d && d >= sent && d <= sent.AddYears(1))
            {
                found.Add((rank, d));
            }
        }
        return found.Count == 0 ? null : found.OrderBy(f => f.Rank).First().Date;
    }

    private static DateOnly? FirstDateIn(string tail, DateOnly sent)
    {
        var candidates = new List<(int Index, DateOnly? Date)>();
        if (IsoDate().Match(tail) is { Success: true } iso)
        {
            candidates.Add((iso.Index, Make(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"))));
        }
        foreach (var match in new[] { MonthFirst().Match(tail), DayFirst().Match(tail) })
        {
            if (match.Success)
            {
                var month = Array.FindIndex(Months, m => m.StartsWith(match.Groups["mon"].Value.ToLowerInvariant(), StringComparison.Ordinal)) + 1;
                candidates.Add((match.Index, WithYear(match, month, Int(match, "d"), sent)));
            }
        }
        if (Numeric().Match(tail) is { Success: true } numeric)
        {
            // US order (month/day) unless the first number cannot be a month.
            var (a, b) = (Int(numeric, "a"), Int(numeric, "b"));
            var (month, day) = a > 12 ? (b, a) : (a, b);
            candidates.Add((numeric.Index, WithYear(numeric, month, day, sent)));
        }
        return candidates.Where(c => c.Date is not null).OrderBy(c => c.Index).Select(c => c.Date).FirstOrDefault();
    }

    private static DateOnly? WithYear(Match match, int month, int day, DateOnly sent)
    {
        if (match.Groups["y"].Success)
        {
            var year = Int(match, "y");
            return Make(year < 100 ? 2000 + year : year, month, day);
        }
        // No year: this year's date, unless it lies months back ("back Jan 5" written in late December).
        var thisYear = Make(sent.Year, month, day);
        return thisYear is { } d && d < sent.AddDays(-180) ? Make(sent.Year + 1, month, day) : thisYear;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
