namespace OutlookReferral.Graph;

/// <summary>
/// Reads the rep's mail through Graph: one paged pass per folder over the scan window,
/// with only the fields the detectors use. Never one request per referral.
/// </summary>
public static class MailboxReader
{
    // Headers tell automatic replies apart; the preview carries an out-of-office's return date.
    private static readonly string[] InboxFields =
        ["id", "conversationId", "subject", "from", "toRecipients", "ccRecipients", "receivedDateTime", "bodyPreview", "internetMessageHeaders"];

    // The preview tells a note about this prospect from ordinary mail to the same source.
    private static readonly string[] SentFields =
        ["id", "conversationId", "subject", "from", "toRecipients", "ccRecipients", "sentDateTime", "bodyPreview"];

    private static readonly string[] ProfileFields = ["id", "displayName", "mail", "userPrincipalName", "proxyAddresses", "mailboxSettings"];

    private const string ImmutableIds = "IdType=\"ImmutableId\"";

    /// <summary>The fields read of a folder's messages: headers (automatic replies) only in the inbox.</summary>
    public static string[] FieldsOf(MailFolderKind folder) => folder == MailFolderKind.Inbox ? InboxFields : SentFields;

    public static async Task<RepProfile> ReadProfileAsync(RepGraph graph, CancellationToken ct)
    {
        var user = await graph.Client.Users[graph.UserId].GetAsync(rc =>
        {
            rc.QueryParameters.Select = ProfileFields;
        }, ct) ?? throw new InvalidOperationException("Graph returned no user.");
        var proxies = (user.ProxyAddresses ?? [])
            .Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[5..]);
        return RepProfile.Create(user.Id ?? graph.UserId, user.DisplayName ?? "", [user.Mail, user.UserPrincipalName, .. proxies]) with
        {
            TimeZone = user.MailboxSettings?.TimeZone,
        };
    }

    /// <summary>
    /// Reads inbox and sent items since <paramref name="since"/>: every message passes <paramref name="observe"/>,
    /// and only what <paramref name="keep"/> accepts is held in memory.
    /// </summary>
    /// <param name="progress">Told after each page: the folder, and the oldest date the page reached (pages come newest first).</param>
    public static async Task<MailRead> ReadMessagesAsync(
        RepGraph graph, DateTimeOffset since, int pageSize, Func<MailItem, bool> keep, Action<MailItem> observe, CancellationToken ct,
        IProgress<MailPageRead>? progress = null)
    {
        var kept = new List<MailItem>();
        var read = 0;
        MailFolderKind[] folders = [MailFolderKind.Inbox, MailFolderKind.SentItems];
        foreach (var (folder, index) in folders.Select((f, i) => (f, i)))
        {
            var (name, dateField, fields) = folder == MailFolderKind.Inbox
                ? ("inbox", "receivedDateTime", InboxFields)
                : ("sentitems", "sentDateTime", SentFields);
            var first = graph.Client.Users[graph.UserId].MailFolders[name].Messages.ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.Select = fields;
                // Graph wants the $orderby property first in $filter, else "InefficientFilter".
                rc.QueryParameters.Filter = $"{dateField} ge {GraphTime.Filter(since)}";
                rc.QueryParameters.Orderby = [$"{dateField} desc"];
                rc.QueryParameters.Top = pageSize;
                rc.Headers.Add("Prefer", ImmutableIds);
            });
            void OnPage(IReadOnlyList<MessageJson> page) => progress?.Report(new MailPageRead(
                folder, index, folders.Length, page.Count,
                page.Select(m => folder == MailFolderKind.Inbox ? m.ReceivedDateTime ?? m.SentDateTime : m.SentDateTime ?? m.ReceivedDateTime).Min()));
            await foreach (var message in MessagePages.ReadAsync(graph, first, ImmutableIds, ct, OnPage))
            {
                read++;
                if (MessagePages.ToMailItem(message, folder) is { } item)
                {
                    observe(item);
                    if (keep(item))
                    {
                        kept.Add(item);
                    }
                }
            }
        }
        return new MailRead(kept, read);
    }
}

/// <summary>One page of messages read: which folder (of how many), how many messages, and the oldest date it reached.</summary>
public sealed record MailPageRead(MailFolderKind Folder, int FolderIndex, int FolderCount, int Messages, DateTimeOffset? OldestAt);

/// <summary>The messages a scan kept, and how many it read in all.</summary>
public sealed record MailRead(IReadOnlyList<MailItem> Messages, int MessagesRead);
