using OutlookReferral.Emulator;

namespace OutlookReferral.Bench.Synthetic;

/// <summary>
/// Generates the benchmark's mailboxes. For each size there is ONE set of messages, planned with mail
/// for the largest referral count; each referral count is a folder that shares those message files and
/// tracks a prefix of the referrals. So "50 vs 500 referrals" is literally the same mailbox, and any
/// difference in Graph requests could only come from the scanner, not from the data.
/// </summary>
public static class SyntheticMailbox
{
    /// <summary>The benchmark's fixed clock: the mailbox is "captured" at this moment.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Mail spreads over the scanner's default window, so a scan reads every message.</summary>
    public const int WindowDays = 120;

    private const int InboxPercent = 60;

    // Referrals planned beyond the largest count, with their mail, so every folder has one left to track by hand.
    private const int Spares = 10;

    /// <summary>Beside referrals.json in each folder: the referral a bench row tracks by hand (<see cref="GeneratedMailbox.Untracked"/>).</summary>
    public const string UntrackedFile = "bench-untracked.json";

    // Referral mail may take at most this share of a folder: ordinary mail must dominate, as it does in life.
    private const int ReferralSharePercent = 40;

    public static List<GeneratedMailbox> Generate(string root, int totalMessages, IReadOnlyList<int> referralCounts, int seed)
    {
        // One generator per size, seeded from the size: the 10k mailbox is the same whether or not 1k was run.
        // (Not HashCode.Combine: it is randomised per process, and the mailboxes must be the same every run.)
        var random = new Random(unchecked((seed * 397) ^ totalMessages) & int.MaxValue);
        var since = Now.AddDays(-WindowDays);
        var inboxCount = totalMessages * InboxPercent / 100;
        var sentCount = totalMessages - inboxCount;
        var maxReferrals = referralCounts.Max();
        var people = new SyntheticPeople(random, contactCount: Math.Max(200, totalMessages / 25), sourceCount: Math.Max(20, maxReferrals / 3));

        var (referrals, referralMail, perReferral) = ReferralTraffic.Plan(random, people, maxReferrals + Spares, since, Now,
            inboxCount * ReferralSharePercent / 100, sentCount * ReferralSharePercent / 100);
        var referralInbox = referralMail.Count(m => m.Folder == MailFolderKind.Inbox);
        var ordinary = OrdinaryTraffic.Plan(random, people, inboxCount - referralInbox, sentCount - (referralMail.Count - referralInbox), since, Now).ToList();

        var shared = new MailboxFolderWriter(Path.Combine(root, $"mailbox-{totalMessages}"));
        var messages = new PlannedMessageJson(random);
        PlannedMessageJson.WriteProfile(shared, people.Rep);
        var all = referralMail.Concat(ordinary).ToList();
        messages.WriteFolder(shared, MailboxFolderWriter.InboxFile, all.Where(m => m.Folder == MailFolderKind.Inbox));
        messages.WriteFolder(shared, MailboxFolderWriter.SentItemsFile, all.Where(m => m.Folder == MailFolderKind.SentItems));

        var generated = new List<GeneratedMailbox>();
        foreach (var count in referralCounts)
        {
            var folder = new MailboxFolderWriter(Path.Combine(root, $"mailbox-{totalMessages}-referrals-{count}"));
            foreach (var file in new[] { MailboxFolderWriter.MeFile, MailboxFolderWriter.InboxFile, MailboxFolderWriter.SentItemsFile })
            {
                ShareFile(Path.Combine(shared.Folder, file), Path.Combine(folder.Folder, file));
            }
            PlannedMessageJson.WriteReferrals(folder, referrals.Take(count));
            folder.WriteCapturedAt(Now);
            var untracked = UntrackedWithMail(referrals, perReferral, count);
            File.WriteAllText(Path.Combine(folder.Folder, UntrackedFile), System.Text.Json.JsonSerializer.Serialize(untracked));
            generated.Add(new GeneratedMailbox(folder.Folder, inboxCount, sentCount, count, perReferral.Take(count).Sum(), untracked));
        }
        return generated;
    }

    // The first referral past the tracked ones whose story made it into the mailbox (else simply the next one).
    private static SyntheticReferral UntrackedWithMail(List<SyntheticReferral> referrals, List<int> perReferral, int tracked) =>
        referrals[Enumerable.Range(tracked, referrals.Count - tracked).FirstOrDefault(i => perReferral[i] > 0, tracked)];

    // A symbolic link keeps 100k-message files from being written twice; copy where links are not allowed.
    private static void ShareFile(string target, string link)
    {
        try
        {
            File.CreateSymbolicLink(link, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Copy(target, link, overwrite: true);
        }
    }
}
