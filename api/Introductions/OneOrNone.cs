namespace OutlookReferral.Introductions;

internal static class OneOrNone
{
    /// <summary>The one item, else null: two people a short name could stand for are no match at all.</summary>
    public static T? SingleOrDefaultIfMany<T>(this IEnumerable<T> items) where T : class
    {
        using var e = items.GetEnumerator();
        if (!e.MoveNext())
        {
            return null;
        }
        var first = e.Current;
        return e.MoveNext() ? null : first;
    }
}
