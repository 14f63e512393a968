using OutlookReferral.Emulator;

namespace OutlookReferral.Bench.Synthetic;

/// <summary>One generated mailbox folder: a mailbox of a given size with a given number of tracked referrals.</summary>
public sealed record GeneratedMailbox(string Folder, int InboxMessages, int SentMessages, int Referrals, int ReferralMessages)
{
    public int TotalMessages => InboxMessages + SentMessages;
}

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

        var (referrals, referralMail, perReferral) = ReferralTraffic.Plan(random, people, maxReferrals, since, Now,
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
            generated.Add(new GeneratedMailbox(folder.Folder, inboxCount, sentCount, count, perReferral.Take(count).Sum()));
        }
        return generated;
    }

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
