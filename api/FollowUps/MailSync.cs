using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Brings a rep's stored mail window up to date with Graph's delta query, one folder at a time: the saved delta link
/// when there is one, a full sync when there is none or Graph no longer takes it (410, syncStateNotFound, a broken
/// link). Addresses tracked since the last scan get their history by a search per folder, not by a full read.
/// </summary>
public sealed class MailSync(MailStore store, MailWindowCache? cache = null)
{
    private readonly MailWindowCache windows = cache ?? new MailWindowCache();

    private static readonly MailFolderKind[] Folders = [MailFolderKind.Inbox, MailFolderKind.SentItems];

    public async Task<MailWindow> SyncAsync(
        RepId rep, RepGraph graph, IReadOnlySet<string> tracked, Func<MailItem, bool> keep, DateTimeOffset since, int pageSize,
        IProgress<MailPageRead>? progress, CancellationToken ct)
    {
        // The version first: whatever is read after it is at least as new, so a window held at it is never newer than the store.
        var version = new WindowVersion(await store.VersionAsync(rep, ct));
        var keptBefore = await store.KeptAddressesAsync(rep, ct);
        var linksBefore = await store.DeltaLinksAsync(rep, ct);
        // The window this instance left, if the store still stands there; else it is read from the store at the end.
        // With no link at all, each folder's full sync first deletes its rows, so the store will hold only what the
        // pages bring: the window follows them, and the first scan does not read every row back (docs/benchmarks.md).
        var state = windows.Take(rep, version.Current)
            ?? new MailWindowState(linksBefore, linksBefore.Count == 0 ? new Dictionary<MessageKey, MailWindowState.Entry>() : null);
        state.UseLinks(linksBefore);
        var read = 0;
        var fullySynced = new HashSet<MailFolderKind>();
        foreach (var (folder, index) in Folders.Select((f, i) => (f, i)))
        {
            var sync = new FolderSync(store, state, version, rep, graph, folder, keep, since, pageSize,
                page => progress?.Report(new MailPageRead(folder, index, Folders.Length, page.Count, OldestOf(page, folder))));
            var (count, full) = await sync.RunAsync(ct);
            read += count;
            if (full)
            {
                fullySynced.Add(folder);
            }
        }
        var missing = tracked.Where(a => !keptBefore.Contains(a)).Order(StringComparer.Ordinal).ToList();
        foreach (var folder in Folders.Where(f => missing.Count > 0 && !fullySynced.Contains(f)))
        {
            read += await BackfillAsync(rep, graph, state, version, folder, missing, keep, since, pageSize, ct);
        }
        if (!keptBefore.SetEquals(tracked))
        {
            await store.SetKeptAddressesAsync(rep, tracked, version, ct);
        }
        await store.PruneAsync(rep, since, version, ct);
        state.Prune(since);
        if (version.Lost)
        {
            // Another instance wrote this rep's window while this sync did: the store, not this memory, is the window.
            state.Discard();
            version.Reset(await store.VersionAsync(rep, ct));
        }
        if (state.NeedsLoad)
        {
            // Another instance built this version: its kept rows and snapshot, not every row. Else every row, once.
            if (version.Current is { } current && await store.SnapshotAsync(rep, current, ct) is { } snapshot)
            {
                state.Restore(await store.KeptAsync(rep, since, ct), snapshot);
            }
            else
            {
                state.Load(await store.ReadEntriesAsync(rep, since, ct));
            }
        }
        var (kept, correspondents, memo) = state.Window();
        // Held at the version this sync left; a later write anywhere moves it on, and the store is read again.
        windows.Put(rep, version.Current, state);
        var at = version.Current;
        return new MailWindow(kept, correspondents, read, memo) { RememberAsync = token => RememberAsync(rep, at, state, token) };
    }

    /// <summary>
    /// Once the detectors have read the window: stores its snapshot beside the version it was built on, when it was
    /// built anew or the detector examined more of it, so another instance's rescan rebuilds nothing either.
    /// </summary>
    private async Task RememberAsync(RepId rep, string? version, MailWindowState state, CancellationToken ct)
    {
        if (version is not null && state.SnapshotDue)
        {
            await store.SaveSnapshotAsync(rep, version, state.Snapshot(), ct);
            state.SnapshotSaved();
        }
    }

    /// <summary>
    /// The history of newly tracked addresses in one folder: one search request. Only messages the window holds are
    /// kept (the delta knows every one); a search that reaches Graph's limit may have missed some, so the folder is synced again instead.
    /// </summary>
    private async Task<int> BackfillAsync(
        RepId rep, RepGraph graph, MailWindowState state, WindowVersion version, MailFolderKind folder, IReadOnlyList<string> addresses, Func<MailItem, bool> keep,
        DateTimeOffset since, int pageSize, CancellationToken ct)
    {
        var found = new List<MailItem>();
        var read = 0;
        await foreach (var message in MessagePages.ReadAsync(graph, MailboxDelta.SearchRequest(graph, folder, addresses), MailboxDelta.Prefer(pageSize), ct))
        {
            read++;
            if (MessagePages.ToMailItem(message, folder) is { } item && item.At >= since)
            {
                found.Add(item);
            }
        }
        if (read >= MailboxDelta.SearchLimit)
        {
            await store.ForgetFolderAsync(rep, MailboxDelta.FolderName(folder), folder, version, ct);
            state.Forget(MailboxDelta.FolderName(folder), folder);
            return read + (await new FolderSync(store, state, version, rep, graph, folder, keep, since, pageSize, null).RunAsync(ct)).Read;
        }
        await store.KeepAsync(rep, found, version, ct);
        state.Keep(found);
        return read;
    }

    private static DateTimeOffset? OldestOf(IReadOnlyList<MessageJson> page, MailFolderKind folder) =>
        page.Select(m => folder == MailFolderKind.Inbox ? m.ReceivedDateTime ?? m.SentDateTime : m.SentDateTime ?? m.ReceivedDateTime).Min();

    /// <summary>One folder's round: from its saved link, else (or when Graph refuses the link) a full sync.</summary>
    private sealed class FolderSync(
        MailStore store, MailWindowState state, WindowVersion version, RepId rep, RepGraph graph, MailFolderKind folder, Func<MailItem, bool> keep,
        DateTimeOffset since, int pageSize,
        Action<IReadOnlyList<MessageJson>>? onPageRead)
    {
        private readonly string name = MailboxDelta.FolderName(folder);

        public async Task<(int Read, bool Full)> RunAsync(CancellationToken ct)
        {
            // The window state mirrors every link the store holds for this rep (read once, at the start of the sync).
            if (state.Links.GetValueOrDefault(name) is { } link)
            {
                try
                {
                    return (await RoundAsync(MessagePages.Link(link, MailboxDelta.Prefer(pageSize)), ct), false);
                }
                catch (Exception refused) when (DeltaResync.IsNeeded(refused))
                {
                    // The state behind the link is gone: start this folder again from nothing.
                }
            }
            // Rows and link go first: a full sync cut short leaves no link, so the next scan starts it again.
            await store.ForgetFolderAsync(rep, name, folder, version, ct);
            state.Forget(name, folder);
            return (await RoundAsync(await MailboxDelta.FirstRequestAsync(graph, folder, since, pageSize, ct), ct), true);
        }

        private async Task<int> RoundAsync(Microsoft.Kiota.Abstractions.RequestInformation first, CancellationToken ct)
        {
            var read = 0;
            var deltaLink = await MailboxDelta.ReadRoundAsync(graph, first, folder, pageSize, async page =>
            {
                read += page.Count;
                // Mail outside the window (a folder too large to filter, or an edit that moved a date back) is not stored.
                var changes = page.Select(e => e.Message is { } m && m.At >= since
                    ? new MailChange(e.Id, m, keep(m))
                    : new MailChange(e.Id, null, false)).ToList();
                await store.ApplyAsync(rep, changes, version, ct);
                state.Apply(changes);
            }, ct, onPageRead);
            await store.SaveDeltaLinkAsync(rep, name, deltaLink, ct);
            state.SaveLink(name, deltaLink);
            return read;
        }
    }
}
