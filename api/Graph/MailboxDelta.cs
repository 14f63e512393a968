using System.Globalization;
using Microsoft.Kiota.Abstractions;
using OutlookReferral.FollowUps;

namespace OutlookReferral.Graph;

/// <summary>One delta entry read: a message as it now is, or the id of one gone from the folder.</summary>
public sealed record MailDeltaEntry(string Id, MailItem? Message);

/// <summary>
/// A folder's changes through Graph's delta query (https://learn.microsoft.com/en-us/graph/delta-query-messages):
/// the first round lists the folder, each later round from the saved @odata.deltaLink only what changed.
/// </summary>
internal static class MailboxDelta
{
    private const string ImmutableIds = "IdType=\"ImmutableId\"";

    // "Applying $filter in a delta query returns only up to 5,000 messages" (delta-query-messages): a larger folder is
    // synced without the filter and the window is applied here.
    public const int FilteredSyncLimit = 5000;

    public static string FolderName(MailFolderKind folder) => folder == MailFolderKind.Inbox ? "inbox" : "sentitems";

    /// <summary>The Prefer header of every delta request: immutable ids (they survive moves), and the page size.</summary>
    public static string Prefer(int pageSize) => $"{ImmutableIds}, odata.maxpagesize={pageSize.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The first request of a full sync; $filter on receivedDateTime only when the folder is small enough for it.</summary>
    public static async Task<RequestInformation> FirstRequestAsync(RepGraph graph, MailFolderKind folder, DateTimeOffset since, int pageSize, CancellationToken ct)
    {
        var name = FolderName(folder);
        var info = await graph.Client.Users[graph.UserId].MailFolders[name].GetAsync(rc => rc.QueryParameters.Select = ["totalItemCount"], ct);
        var filtered = info?.TotalItemCount is { } total && total <= FilteredSyncLimit;
        var request = graph.Client.Users[graph.UserId].MailFolders[name].Messages.Delta.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Select = MailboxReader.FieldsOf(folder);
            if (filtered)
            {
                // "The only supported $filter expressions are receivedDateTime ge|gt {value}" (message-delta).
                rc.QueryParameters.Filter = $"receivedDateTime ge {GraphTime.Filter(since)}";
            }
        });
        request.Headers.Add("Prefer", Prefer(pageSize));
        return request;
    }

    /// <summary>
    /// Reads one round from <paramref name="first"/>, handing on each page's entries; returns the round's delta link.
    /// </summary>
    public static async Task<string> ReadRoundAsync(
        RepGraph graph, RequestInformation first, MailFolderKind folder, int pageSize, Func<IReadOnlyList<MailDeltaEntry>, Task> onPage, CancellationToken ct,
        Action<IReadOnlyList<MessageJson>>? onPageRead = null)
    {
        string? deltaLink = null;
        var page = new List<MailDeltaEntry>(pageSize);
        await foreach (var message in MessagePages.ReadAsync(graph, first, Prefer(pageSize), ct, onPageRead, link => deltaLink = link))
        {
            if (message.Id is null)
            {
                continue;
            }
            // A change may come back with only some of its properties (docs-contrib #5544): with no date it cannot be
            // placed in the window, so it is read as "unchanged" rather than as a new message.
            var item = message.Removed is null ? MessagePages.ToMailItem(message, folder) : null;
            if (message.Removed is not null || item is not null)
            {
                page.Add(new MailDeltaEntry(message.Id, item));
            }
            if (page.Count >= pageSize)
            {
                await onPage(page);
                page = new List<MailDeltaEntry>(pageSize);
            }
        }
        await onPage(page);
        return deltaLink ?? throw new InvalidOperationException("Graph ended a delta round without a delta link.");
    }

    /// <summary>
    /// One folder's messages with any of <paramref name="addresses"/>: <c>$search="participants:a OR participants:b"</c>
    /// (https://learn.microsoft.com/en-us/graph/search-query-parameter: participants covers from, to, cc and bcc;
    /// at most 1,000 results; no $filter with it).
    /// </summary>
    public static RequestInformation SearchRequest(RepGraph graph, MailFolderKind folder, IEnumerable<string> addresses)
    {
        var request = graph.Client.Users[graph.UserId].MailFolders[FolderName(folder)].Messages.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Select = MailboxReader.FieldsOf(folder);
            rc.QueryParameters.Search = $"\"{string.Join(" OR ", addresses.Select(a => $"participants:{a}"))}\"";
            rc.QueryParameters.Top = SearchLimit;
        });
        request.Headers.Add("Prefer", ImmutableIds);
        return request;
    }

    /// <summary>Graph's most results for one $search; reaching it means the search may have missed some.</summary>
    public const int SearchLimit = 1000;
}
