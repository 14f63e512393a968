namespace OutlookReferral.FollowUps;

/// <summary>
/// The version of a rep's stored mail window a sync knows (migration 0015), carried through its writes. Each write
/// that changes the window moves the version on only from the one it knows; when another instance wrote in between,
/// the write still lands (a delta page applies the same wherever it runs), but the sync's window in memory is no
/// longer the store's and is read again.
/// </summary>
public sealed class WindowVersion(string? current)
{
    /// <summary>The store's version as this sync last saw or wrote it; null when the rep has none yet.</summary>
    public string? Current { get; private set; } = current;

    /// <summary>Another writer moved the version on during this sync.</summary>
    public bool Lost { get; private set; }

    public void Moved(string next) => Current = next;

    public void Lose() => Lost = true;

    /// <summary>After the window was read again from the store, at the version read just before it.</summary>
    public void Reset(string? current)
    {
        Current = current;
        Lost = false;
    }
}
