namespace OutlookReferral.Meetings;

/// <summary>A sync's changes: everything (a first or fresh sync: replace what is stored), or the ids added or changed and removed.</summary>
public sealed record CalendarChanges(bool Full, IReadOnlyCollection<string> Upserted, IReadOnlyCollection<string> Removed)
{
    public static readonly CalendarChanges Everything = new(true, [], []);

    public bool None => !Full && Upserted.Count == 0 && Removed.Count == 0;
}
