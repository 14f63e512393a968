using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// The demo mailbox's Drafts folder, in memory for as long as the demo runs. The SDK may write
/// from many requests at once, so every read and write takes one lock, and no JsonObject held
/// here ever leaves it: callers get copies, so nothing outside can change a draft or race a reader.
/// </summary>
internal sealed class DraftStore(IEnumerable<StoredMessage> seed)
{
    private readonly Lock gate = new();
    private readonly List<StoredMessage> drafts = seed.Select(Copy).ToList();

    public IReadOnlyList<StoredMessage> Snapshot()
    {
        lock (gate)
        {
            return drafts.Select(Copy).ToList();
        }
    }

    public StoredMessage? Find(string id)
    {
        lock (gate)
        {
            var index = IndexOf(id);
            return index < 0 ? null : Copy(drafts[index]);
        }
    }

    public void Add(StoredMessage draft)
    {
        lock (gate)
        {
            if (IndexOf(draft.Id) >= 0)
            {
                throw new InvalidOperationException($"A draft with id {draft.Id} is already stored.");
            }
            drafts.Add(Copy(draft));
        }
    }

    /// <summary>Applies <paramref name="change"/> to a copy and stores that copy; null when no such draft.</summary>
    public StoredMessage? Update(string id, Action<JsonObject> change)
    {
        lock (gate)
        {
            var index = IndexOf(id);
            if (index < 0)
            {
                return null;
            }
            var changed = Copy(drafts[index]);
            change(changed.Json);
            drafts[index] = changed;
            return Copy(changed);
        }
    }

    public bool Remove(string id)
    {
        lock (gate)
        {
            var index = IndexOf(id);
            if (index >= 0)
            {
                drafts.RemoveAt(index);
            }
            return index >= 0;
        }
    }

    // Drafts are few (a rep's pending follow-ups): a scan is simpler than keeping an index in step.
    private int IndexOf(string id) => drafts.FindIndex(d => d.Id == id);

    private static StoredMessage Copy(StoredMessage message) => message with { Json = message.Json.DeepClone().AsObject() };
}
