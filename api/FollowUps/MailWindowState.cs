using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// One rep's mail window in memory, as the stored rows (migration 0010) stand: one compact entry per message (when,
/// who, the kept message when there is one), the delta links it was read up to, and what the detectors read of it
/// (kept messages, correspondents, and the work done on them), built again only when an entry changed. A sync applies
/// to it what it writes to the store, so a rescan with nothing changed costs no rebuild.
/// A window may be held compact (<see cref="Compact"/>): without its entries, only what the detectors read. It serves
/// a sync that changes nothing; any change makes it read the entries from the store again.
/// </summary>
public sealed class MailWindowState
{
    private readonly Dictionary<string, string> links;
    private IReadOnlyList<MailItem>? kept;
    private Correspondents? correspondents;
    private WindowMemo memo = new();

    // The kept messages' repeated texts (addresses, names, conversation ids), one string each: a 100,000-message first
    // scan with 500 referrals keeps tens of thousands of messages that name the same few hundred people. Started anew
    // whenever the entries are read again or dropped, so it does not keep the texts of mail long gone from the window.
    private TextPool texts = new();

    // The oldest message's time when the window was last built: a compact window knows whether a prune would take any.
    private DateTimeOffset? oldest;

    public MailWindowState(IReadOnlyDictionary<string, string> links, Dictionary<MessageKey, Entry>? entries)
    {
        this.links = new Dictionary<string, string>(links, StringComparer.Ordinal);
        Entries = entries;
    }

    /// <summary>One message of the window, as its row holds it.</summary>
    public sealed record Entry(MessageKey Id, MailFolderKind Folder, DateTimeOffset At, MailParticipants Participants, MailItem? Kept)
    {
        /// <summary>
        /// An entry keyed by its message's id. A kept message's key shares the kept message's own id string
        /// (<see cref="MessageKey.Sharing"/>) rather than hold a packed copy beside it; any key of the same id finds it.
        /// </summary>
        public static Entry Of(MessageKey id, MailFolderKind folder, DateTimeOffset at, MailParticipants participants, MailItem? kept) =>
            new(kept is not null && MessageKey.Sharing(kept.Id) is var shared && shared.Equals(id) ? shared : id, folder, at, participants, kept);
    }

    /// <summary>The window's messages by id; null until read from the store, or once held compact.</summary>
    public Dictionary<MessageKey, Entry>? Entries { get; private set; }

    public IReadOnlyDictionary<string, string> Links => links;

    /// <summary>What the window weighs in memory, in messages and people: its entries, kept messages and correspondents.</summary>
    public int Weight => (Entries?.Count ?? 0) + (kept?.Count ?? 0) + (correspondents?.Count ?? 0);

    // Built anew from entries since the snapshot was last stored.
    private bool rebuilt;

    /// <summary>The stored snapshot is behind: the window was built anew, or the detector examined more of it.</summary>
    public bool SnapshotDue => rebuilt || memo.Unsaved;

    /// <summary>Neither entries nor a built window: the store must be read.</summary>
    public bool NeedsLoad => Entries is null && (kept is null || correspondents is null);

    public void Load(Dictionary<MessageKey, Entry> entries)
    {
        Entries = entries;
        texts = new TextPool();
        Changed();
    }

    /// <summary>A compact window from what a scan on the same version stored: its kept messages and its snapshot.</summary>
    internal void Restore(IReadOnlyList<MailItem> keptMessages, WindowSnapshot snapshot)
    {
        Entries = null;
        Changed();
        kept = keptMessages;
        correspondents = snapshot.Correspondents();
        oldest = snapshot.Oldest;
        memo.Import(snapshot.ExaminedFor, snapshot.Examined, snapshot.ExaminedThrough, keptMessages);
    }

    /// <summary>What to store beside the version for an instance that does not hold this window.</summary>
    internal WindowSnapshot Snapshot()
    {
        var (messages, index, _) = Window();
        return WindowSnapshot.Of(messages, index, oldest, memo);
    }

    internal void SnapshotSaved()
    {
        rebuilt = false;
        memo.Saved();
    }

    /// <summary>
    /// Inbox first, newest first, then by id: the order the folders were read in before delta, which the correspondents
    /// index keeps. On the packed key, which orders as its id (ordinal), so 100,000 entries are not unpacked to sort them.
    /// </summary>
    internal static List<T> InReadOrder<T>(IEnumerable<T> items, Func<T, (MailFolderKind Folder, DateTimeOffset At, MessageKey Id)> key) =>
        Sorted(items, key, Comparer<MessageKey>.Default);

    /// <summary>Kept messages in the same order, on their ids as they are (ordinal, as the packed keys order).</summary>
    internal static List<MailItem> InReadOrder(IEnumerable<MailItem> kept) => Sorted(kept, m => (m.Folder, m.At, m.Id), StringComparer.Ordinal);

    // Sorted where they lie, keys read in each comparison: an array of keys taken once was 3 MiB on the large-object
    // heap for a 100,000-message window, garbage at the first scan's peak. Folders compare as numbers (an enum's
    // CompareTo boxes both). Ids are unique, so the order is total and the sort need not be stable.
    private static List<T> Sorted<T, TId>(IEnumerable<T> items, Func<T, (MailFolderKind Folder, DateTimeOffset At, TId Id)> key, IComparer<TId> ids)
    {
        var sorted = items.ToList();
        sorted.Sort((a, b) =>
        {
            var (x, y) = (key(a), key(b));
            var byFolder = ((int)x.Folder).CompareTo((int)y.Folder);
            if (byFolder != 0)
            {
                return byFolder;
            }
            var newestFirst = y.At.CompareTo(x.At);
            return newestFirst != 0 ? newestFirst : ids.Compare(x.Id, y.Id);
        });
        return sorted;
    }

    /// <summary>The store's links: another instance's round may have moved them since this window was held.</summary>
    public void UseLinks(IReadOnlyDictionary<string, string> stored)
    {
        links.Clear();
        foreach (var (folder, link) in stored)
        {
            links[folder] = link;
        }
    }

    public void SaveLink(string folder, string link) => links[folder] = link;

    public void Forget(string folder, MailFolderKind kind)
    {
        links.Remove(folder);
        Remove(e => e.Folder == kind, always: true);
    }

    /// <summary>As <see cref="MailStore.ApplyAsync"/>: every id of the page goes, then the page's messages come.</summary>
    public void Apply(IReadOnlyList<MailChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }
        Changed();
        if (Entries is null)
        {
            return;
        }
        foreach (var change in changes)
        {
            Entries.Remove(change.Key);
        }
        foreach (var change in changes.Where(c => c.Message is not null))
        {
            var m = change.Message!;
            var entry = Entry.Of(change.Key, m.Folder, m.At.ToUniversalTime(), change.Participants, change.Keep ? MailStore.AsStored(m, texts) : null);
            Entries[entry.Id] = entry;
        }
    }

    /// <summary>As <see cref="MailStore.KeepAsync"/>: only messages the window holds.</summary>
    public void Keep(IReadOnlyCollection<MailItem> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }
        Changed();
        foreach (var m in messages)
        {
            if (Entries is not null && Entries.Remove(MessageKey.Of(m.Id), out var entry))
            {
                // Keyed anew: a kept message's key shares its id.
                var kept = Entry.Of(entry.Id, entry.Folder, entry.At, entry.Participants, MailStore.AsStored(m, texts));
                Entries[kept.Id] = kept;
            }
        }
    }

    public void Prune(DateTimeOffset since)
    {
        if (Entries is null && oldest is { } first && first < since)
        {
            Changed();
        }
        Remove(e => e.At < since);
    }

    /// <summary>Forget what was built on the entries: the store is the truth again (another instance wrote).</summary>
    public void Discard()
    {
        Entries = null;
        Changed();
    }

    /// <summary>Keeps only what the detectors read, and drops the entries: a fraction of the memory, for a window that changes rarely.</summary>
    public void Compact()
    {
        if (Entries is not null)
        {
            Window();
            Entries = null;
            texts = new TextPool();
        }
    }

    /// <summary>The kept messages, the correspondents index and the work done on them, in the store's read order (inbox first, newest first).</summary>
    public (IReadOnlyList<MailItem> Kept, Correspondents Correspondents, WindowMemo Memo) Window()
    {
        if (kept is null || correspondents is null)
        {
            rebuilt = true;
            var ordered = InReadOrder((Entries ?? []).Values, e => (e.Folder, e.At, e.Id));
            var index = new Correspondents();
            var seen = new List<(string, string)>();
            foreach (var entry in ordered)
            {
                MailStore.AddParticipants(index, entry.Participants, entry.At, seen);
            }
            kept = ordered.Where(e => e.Kept is not null).Select(e => e.Kept!).ToList();
            correspondents = index;
            oldest = ordered.Count == 0 ? null : ordered.Min(e => e.At);
        }
        return (kept, correspondents, memo);
    }

    private void Remove(Func<Entry, bool> gone, bool always = false)
    {
        if (Entries is null)
        {
            if (always)
            {
                Changed();
            }
            return;
        }
        var ids = Entries.Values.Where(gone).Select(e => e.Id).ToList();
        foreach (var id in ids)
        {
            Entries.Remove(id);
        }
        if (ids.Count > 0)
        {
            Changed();
        }
    }

    private void Changed()
    {
        kept = null;
        correspondents = null;
        memo = new WindowMemo();
    }
}
