using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>A referral listed in the optional referrals.json of a mailbox folder.</summary>
public sealed record ReferralSeed(SeedParty Prospect, SeedParty Source, DateTimeOffset IntroducedAt, DateTimeOffset? ClosedAt, string? Outcome)
{
    /// <summary>Reads referrals.json; throws FormatException naming the referral at fault.</summary>
    public static List<ReferralSeed> ReadAll(JsonNode? file)
    {
        if (file is not JsonArray items)
        {
            throw new FormatException("expected an array of referrals");
        }
        var referrals = new List<ReferralSeed>();
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                var item = items[i]!.AsObject();
                referrals.Add(new ReferralSeed(
                    PartyOf(item["prospect"]), PartyOf(item["source"]),
                    DateTimeOffset.Parse((string)item["introducedAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    item["closedAt"] is { } closed ? DateTimeOffset.Parse((string)closed!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
                    (string?)item["outcome"]));
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentNullException or NullReferenceException)
            {
                throw new FormatException($"referral {i} needs prospect {{name, address}}, source {{name, address}} and an ISO introducedAt", ex);
            }
        }
        // The API keeps one open referral per prospect (a unique index), so a folder may not list two.
        var twice = referrals.Select((r, i) => (r, i)).Where(x => x.r.ClosedAt is null)
            .GroupBy(x => x.r.Prospect.Address).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new FormatException(
                $"referrals {string.Join(" and ", twice.Select(x => x.i))} both track {twice.Key} as open; close all but one (closedAt)");
        }
        return referrals;
    }

    private static SeedParty PartyOf(JsonNode? node)
    {
        // Stored as the API stores addresses (its Address.Normalize): trimmed and lower-cased.
        var address = ((string?)node!["address"] ?? "").Trim().ToLowerInvariant();
        if (!address.Contains('@', StringComparison.Ordinal))
        {
            throw new FormatException("address");
        }
        return new SeedParty((string?)node["name"] ?? address, address);
    }
}
