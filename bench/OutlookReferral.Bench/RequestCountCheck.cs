using OutlookReferral.Graph;

namespace OutlookReferral.Bench;

/// <summary>
/// The property the benchmark exists to show: a scan's Graph requests follow the mailbox's page count
/// (one paged pass per mail folder, one calendar page, plus the profile), never the number of referrals it tracks.
/// </summary>
public static class RequestCountCheck
{
    public static int PageSize => new GraphOptions().PageSize;

    /// <summary>ceil(inbox / page) + ceil(sent / page) + 1 calendar page (no events) + 1 profile; an empty folder still costs its first request.</summary>
    public static int Expected(int inbox, int sent) => Pages(inbox) + Pages(sent) + 1 + 1;

    public static List<string> Problems(IReadOnlyList<BenchRow> rows)
    {
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var f = row.Figures;
            var where = $"{row.Mailbox.TotalMessages:N0} messages, {f.Referrals} referrals";
            var expected = Expected(f.InboxMessages, f.SentMessages);
            if (f.GraphRequests != expected)
            {
                problems.Add($"REQUEST COUNT CHECK FAILED ({where}): {f.GraphRequests} Graph requests, expected {expected} " +
                             $"(pages of {PageSize} in inbox and sent items, the calendar page and the profile).");
            }
            if (f.EmulatorRequests != f.GraphRequests || !f.WarmRequestsMatchCold)
            {
                problems.Add($"REQUEST COUNT CHECK FAILED ({where}): the SDK counted {f.GraphRequests} requests, the emulator served " +
                             $"{f.EmulatorRequests}, warm scan matched cold: {f.WarmRequestsMatchCold}.");
            }
            if (f.MessagesRead != row.Mailbox.TotalMessages)
            {
                problems.Add($"MESSAGES READ CHECK FAILED ({where}): read {f.MessagesRead:N0} of {row.Mailbox.TotalMessages:N0}; every message is inside the scan window.");
            }
        }
        foreach (var size in rows.GroupBy(r => r.Mailbox.TotalMessages))
        {
            if (size.Select(r => r.Figures.GraphRequests).Distinct().Count() > 1)
            {
                var counts = string.Join(", ", size.Select(r => $"{r.Figures.Referrals} referrals → {r.Figures.GraphRequests} requests"));
                problems.Add($"REQUEST COUNT CHECK FAILED ({size.Key:N0} messages): Graph requests depend on the number of referrals: {counts}.");
            }
        }
        return problems;
    }

    private static int Pages(int messages) => Math.Max(1, (messages + PageSize - 1) / PageSize);
}
