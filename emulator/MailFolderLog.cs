namespace OutlookReferral.Emulator;

/// <summary>
/// A mail folder whose content can change (tests deliver, edit, delete and move mail), kept as a log of changes
/// ordered by version. Delta rounds read the log between two versions, so a round that spans a change is
/// consistent: the change lands in the next round, as Graph's state tokens promise.
/// </summary>
internal sealed class MailFolderLog
{
    private readonly Lock gate = new();
    private readonly List<FolderChange> changes = [];
    private readonly Dictionary<string, FolderChange> latest = new(StringComparer.Ordinal);
    private IReadOnlyList<StoredMessage>? current;
    private long version;

    public MailFolderLog(IEnumerable<StoredMessage> messages)
    {
        foreach (var message in messages)
        {
            Append(message.Id, message, null);
        }
    }

    /// <summary>The last version written; a delta round reads up to the version it started at.</summary>
    public long Version
    {
        get
        {
            lock (gate)
            {
                return version;
            }
        }
    }

    /// <summary>The folder's messages now, oldest change first.</summary>
    public IReadOnlyList<StoredMessage> Current
    {
        get
        {
            lock (gate)
            {
                return current ??= changes.Where(c => c.RemovedReason is null && latest[c.Id] == c).Select(c => c.Message).ToArray();
            }
        }
    }

    public StoredMessage? Find(string id)
    {
        lock (gate)
        {
            return latest.TryGetValue(id, out var change) && change.RemovedReason is null ? change.Message : null;
        }
    }

    /// <summary>Adds a message, or replaces it (an edit): either way the message is new to the next delta round.</summary>
    public void Put(StoredMessage message)
    {
        lock (gate)
        {
            Append(message.Id, message, null);
        }
    }

    /// <summary>Removes a message; false when the folder does not hold it.</summary>
    public bool Remove(string id, string reason)
    {
        lock (gate)
        {
            if (!latest.TryGetValue(id, out var last) || last.RemovedReason is not null)
            {
                return false;
            }
            Append(id, last.Message, reason);
            return true;
        }
    }

    /// <summary>
    /// The changes after <paramref name="after"/> up to <paramref name="upTo"/>, oldest first, at most <paramref name="max"/>,
    /// skipping any change a later one superseded (the later one is read instead, in its own round).
    /// </summary>
    public IReadOnlyList<FolderChange> Between(long after, long upTo, int max, Func<FolderChange, bool> wanted)
    {
        lock (gate)
        {
            var found = new List<FolderChange>();
            // Versions are 1..n at indexes 0..n-1: the log is append-only.
            for (var i = (int)Math.Max(after, 0); i < changes.Count && changes[i].Version <= upTo && found.Count < max; i++)
            {
                var change = changes[i];
                if (latest[change.Id] == change && wanted(change))
                {
                    found.Add(change);
                }
            }
            return found;
        }
    }

    private void Append(string id, StoredMessage message, string? removedReason)
    {
        var change = new FolderChange(++version, id, message, removedReason);
        changes.Add(change);
        latest[id] = change;
        current = null;
    }
}
