using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// One rep's mail window in memory, as the stored rows (migration 0010) stand: one compact entry per message (when,
/// who, the kept message when there is one), the delta links it was read up to, and what the detectors read of it
/// (kept messages, correspondents), built again only when an entry changed. A sync applies to it what it writes
/// to the store, so a rescan with nothing changed costs no rebuild.
/// </summary>
public sealed class MailWindowState
{
    private readonly Dictionary<string, string> links;
    private IReadOnlyList<MailItem>? kept;
    private Correspondents? correspondents;

    public MailWindowState(IReadOnlyDictionary<string, string> links, Dictionary<MessageKey, Entry>? entries)
    {
        this.links = new Dictionary<string, string>(links, StringComparer.Ordinal);
        Entries = entries;
    }

    /// <summary>One message of the window, as its row holds it.</summary>
    public sealed record Entry(MessageKey Id, MailFolderKind Folder, DateTimeOffset At, MailParticipants Participants, MailItem? Kept);

    /// <summary>The window's messages by id; null until read from the store (nothing cached for the rep).</summary>
    public Dictionary<MessageKey, Entry>? Entries { get; private set; }

    public IReadOnlyDictionary<string, string> Links => links;

    public int Count => Entries?.Count ?? 0;

    public void Load(Dictionary<MessageKey, Entry> entries)
    {
        Entries = entries;
        Changed();
    }

    public void SaveLink(string folder, string link) => links[folder] = link;

    public void Forget(string folder, MailFolderKind kind)
    {
        links.Remove(folder);
        Remove(e => e.Folder == kind);
    }

    /// <summary>As <see cref="MailStore.ApplyAsync"/>: every id of the page goes, then the page's messages come.</summary>
    public void Apply(IReadOnlyList<MailChange> changes)
    {
        if (Entries is null || changes.Count == 0)
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
            Entries[change.Key] = new Entry(change.Key, m.Folder, m.At.ToUniversalTime(), change.Participants, change.Keep ? MailStore.AsStored(m) : null);
        }
        Changed();
    }

    /// <summary>As <see cref="MailStore.KeepAsync"/>: only messages the window holds.</summary>
    public void Keep(IEnumerable<MailItem> messages)
    {
        foreach (var m in messages)
        {
            if (Entries is not null && Entries.TryGetValue(MessageKey.Of(m.Id), out var entry))
            {
                Entries[entry.Id] = entry with { Kept = MailStore.AsStored(m) };
                Changed();
            }
        }
    }

    public void Prune(DateTimeOffset since) => Remove(e => e.At < since);

    /// <summary>The kept messages and the correspondents index, in the store's read order (inbox first, newest first).</summary>
    public (IReadOnlyList<MailItem> Kept, Correspondents Correspondents) Window()
    {
        if (kept is null || correspondents is null)
        {
            var ordered = (Entries ?? []).Values
                .OrderBy(e => e.Folder).ThenByDescending(e => e.At).ThenBy(e => e.Id).ToList();
            var index = new Correspondents();
            var seen = new List<(string, string)>();
            foreach (var entry in ordered)
            {
                MailStore.AddParticipants(index, entry.Participants, entry.At, seen);
            }
            kept = ordered.Where(e => e.Kept is not null).Select(e => e.Kept!).ToList();
            correspondents = index;
        }
        return (kept, correspondents);
    }

    private void Remove(Func<Entry, bool> gone)
    {
        if (Entries is null)
        {
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
    }
}
