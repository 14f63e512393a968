using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookReferral.Meetings;

/// <summary>
/// Reads one session's attendance records for one prospect. Teams records are messy
/// (https://learn.microsoft.com/en-us/graph/api/resources/attendancerecord): a guest who joined by link has
/// no address, a display name such as "Kim Lee (Guest)", and no tenant. Pure: records and people in, a verdict out.
/// Only clear evidence makes a no-show; anything a rep would want to look at is "unconfirmed", with why in plain words.
/// </summary>
public static partial class AttendanceMatcher
{
    public sealed record Finding(MeetingOutcome Outcome, string? Note);

    /// <param name="tracked">Everyone the rep tracks (prospects and sources): a name-only record counts only when it fits exactly one of them.</param>
    public static Finding Assess(IReadOnlyList<AttendanceRecord> records, Party prospect, IReadOnlyCollection<Party> tracked)
    {
        var prospectName = NameKey(prospect.Name, prospect.Address);
        // Joined for any length of time: a record at all is attendance.
        if (records.Any(r => HasAddress(r) && Same(r.Address!, prospect.Address)))
        {
            return new(MeetingOutcome.Attended, null);
        }
        var nameOnly = records.Where(r => !HasAddress(r) && NameKey(r.DisplayName, null).Length > 0).ToList();
        var asProspect = nameOnly.FirstOrDefault(r => prospectName.Length > 0 && NameKey(r.DisplayName, null) == prospectName);
        if (asProspect is not null)
        {
            var fits = tracked.Append(prospect).DistinctBy(p => p.Address, StringComparer.OrdinalIgnoreCase)
                .Count(p => NameKey(p.Name, p.Address) == prospectName);
            return fits == 1
                ? new(MeetingOutcome.Attended, null)
                : new(MeetingOutcome.Unconfirmed, $"“{Shown(asProspect.DisplayName)}” joined without an address, and more than one person you track has that name.");
        }
        if (records.FirstOrDefault(r => HasAddress(r) && prospectName.Length > 0 && NameKey(r.DisplayName, null) == prospectName) is { } namesake)
        {
            return new(MeetingOutcome.Unconfirmed,
                $"Someone named {Shown(namesake.DisplayName)} joined from {namesake.Address!.Trim()}, an address not on record for {prospect.Name}.");
        }
        if (records.FirstOrDefault(r => HasAddress(r) && SameCompany(r.Address!, prospect.Address)) is { } colleague)
        {
            var who = NameKey(colleague.DisplayName, null).Length > 0 ? $"{Shown(colleague.DisplayName)} ({colleague.Address!.Trim()})" : colleague.Address!.Trim();
            return new(MeetingOutcome.Unconfirmed, $"{who}, from {prospect.Name}'s company, joined instead.");
        }
        var trackedNames = tracked.Select(p => NameKey(p.Name, p.Address)).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (nameOnly.FirstOrDefault(r => !trackedNames.Contains(NameKey(r.DisplayName, null))) is { } stranger)
        {
            return new(MeetingOutcome.Unconfirmed, $"Someone joined as “{Shown(stranger.DisplayName)}” without an address; it may have been {prospect.Name}.");
        }
        return new(MeetingOutcome.NoShow, null);
    }

    /// <summary>
    /// A display name as a comparable key: Teams' "(Guest)", "(Unverified)" and "(External)" tags dropped, accents
    /// folded, case and spacing ignored. Empty when there is no real name (none, or only the address again).
    /// </summary>
    public static string NameKey(string? name, string? address)
    {
        if (string.IsNullOrWhiteSpace(name) || (address is not null && Same(name, address)))
        {
            return "";
        }
        var bare = Tags().Replace(name, " ");
        var folded = new StringBuilder(bare.Length);
        foreach (var c in bare.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return string.Join(' ', folded.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\((?:guest|unverified|external)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    private static bool HasAddress(AttendanceRecord r) => !string.IsNullOrWhiteSpace(r.Address);

    private static bool Same(string a, string b) => a.Trim().Equals(b.Trim(), StringComparison.OrdinalIgnoreCase);

    // The same company's domain; two strangers at a personal mail provider are not colleagues.
    private static bool SameCompany(string address, string prospect) =>
        MailDomain.Of(address.Trim()) == MailDomain.Of(prospect) && MailDomain.CompanyLabel(prospect).Length > 0;

    private static string Shown(string? name) => (name ?? "").Trim();
}
