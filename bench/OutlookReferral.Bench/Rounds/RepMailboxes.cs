using System.Text.Json.Nodes;
using OutlookReferral.Bench.Synthetic;
using OutlookReferral.Emulator;
using OutlookReferral.Identity;

namespace OutlookReferral.Bench.Rounds;

/// <summary>
/// A tenant of many reps in one emulator. A few synthetic mailboxes (pools) are generated and loaded once; each rep's
/// mailbox is a pool's messages under the rep's own user id (<see cref="MailboxFolder.ForUser"/>): the message objects
/// are shared, so 1,000 mailboxes of 2,000 messages hold one pool's JSON per pool, plus per rep a few lists of
/// references, its drafts and the mail delivered to it alone.
/// </summary>
public sealed class RepMailboxes
{
    public const string TenantId = "00000000-0000-0000-0000-0000000be4c4";

    private readonly Dictionary<string, MailboxFolder> byUser = new(StringComparer.OrdinalIgnoreCase);

    private RepMailboxes(IReadOnlyList<string> poolFolders, IReadOnlyList<(RepId Rep, MailboxFolder Mailbox)> reps)
    {
        PoolFolders = poolFolders;
        Reps = reps;
        foreach (var (rep, mailbox) in reps)
        {
            byUser[rep.UserId] = mailbox;
        }
        Router = new MailboxRouter(user => byUser.GetValueOrDefault(user));
    }

    /// <summary>The generated pools on disk; a host's demo mailbox is the first (its own demo rep is not in the round).</summary>
    public IReadOnlyList<string> PoolFolders { get; }

    public IReadOnlyList<(RepId Rep, MailboxFolder Mailbox)> Reps { get; }

    /// <summary>The one Graph every host's client factory reaches.</summary>
    public MailboxRouter Router { get; }

    public static RepMailboxes Generate(string root, int reps, int messagesPerRep, int referralsPerRep, int pools, int seed)
    {
        var folders = new List<string>();
        var loaded = new List<MailboxFolder>();
        for (var p = 0; p < Math.Min(pools, reps); p++)
        {
            var generated = SyntheticMailbox.Generate(Path.Combine(root, $"pool-{p}"), messagesPerRep, [referralsPerRep], seed + p)[0];
            folders.Add(generated.Folder);
            loaded.Add(MailboxFolder.Load(generated.Folder));
        }
        var mailboxes = Enumerable.Range(0, reps).Select(i =>
        {
            var userId = new Guid((uint)(i + 1), 0xbe4c, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0x01).ToString();
            var pool = loaded[i % loaded.Count];
            var me = pool.Me.DeepClone().AsObject();
            me["id"] = userId;
            return (new RepId(TenantId, userId), pool.ForUser(me));
        }).ToList();
        return new RepMailboxes(folders, mailboxes);
    }
}
