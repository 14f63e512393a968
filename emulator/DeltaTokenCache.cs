namespace OutlookReferral.Emulator;

/// <summary>
/// Delta state kept the way Outlook keeps it: in a cache of bounded size, the oldest entries evicted as new ones come.
/// delta-query-overview.md, "Token duration": for Outlook entities (message, mailFolder, event...) "the upper limit
/// isn't fixed; it's dependent on the size of the internal delta token cache. While new delta tokens are continuously
/// added in the cache, after the cache capacity is exceeded, the older delta tokens are deleted." A forgotten token is
/// the caller's 410 (syncStateNotFound). Without the bound, every delta call would hold its state for good.
/// </summary>
internal sealed class DeltaTokenCache<T>(int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, T> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public void Add(string token, T state)
    {
        lock (gate)
        {
            if (entries.TryAdd(token, state))
            {
                order.Enqueue(token);
            }
            while (entries.Count > capacity && order.TryDequeue(out var oldest))
            {
                entries.Remove(oldest);
            }
        }
    }

    public bool TryGet(string token, out T state)
    {
        lock (gate)
        {
            return entries.TryGetValue(token, out state!);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            order.Clear();
        }
    }
}
