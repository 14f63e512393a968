using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookReferral.FollowUps;

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
    public static async Task<MailRead> ReadMessagesAsync(
        RepGraph graph, DateTimeOffset since, int pageSize, Func<MailItem, bool> keep, Action<MailItem> observe, CancellationToken ct)
    {
        var kept = new List<MailItem>();
        var read = 0;
        foreach (var folder in new[] { MailFolderKind.Inbox, MailFolderKind.SentItems })
        {
            var (name, dateField, fields) = folder == MailFolderKind.Inbox
                ? ("inbox", "receivedDateTime", InboxFields)
                : ("sentitems", "sentDateTime", SentFields);
            var first = await graph.Client.Users[graph.UserId].MailFolders[name].Messages.GetAsync(rc =>
            {
                rc.QueryParameters.Select = fields;
                // Graph wants the $orderby property first in $filter, else "InefficientFilter".
                rc.QueryParameters.Filter = $"{dateField} ge {since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
                rc.QueryParameters.Orderby = [$"{dateField} desc"];
                rc.QueryParameters.Top = pageSize;
                rc.Headers.Add("Prefer", ImmutableIds);
            }, ct);
            if (first is null)
            {
                continue;
            }
            var pages = PageIterator<Message, MessageCollectionResponse>.CreatePageIterator(graph.Client, first,
                message =>
                {
                    read++;
                    if (ToMailItem(message, folder) is { } item)
                    {
                        observe(item);
                        if (keep(item))
                        {
                            kept.Add(item);
                        }
                    }
                    return true;
                },
                request =>
                {
                    request.Headers.Add("Prefer", ImmutableIds);
                    return request;
                });
            await pages.IterateAsync(ct);
        }
        return new MailRead(kept, read);
    }

    internal static MailItem? ToMailItem(Message message, MailFolderKind folder)
    {
        var at = folder == MailFolderKind.Inbox ? message.ReceivedDateTime ?? message.SentDateTime : message.SentDateTime ?? message.ReceivedDateTime;
        if (message.Id is null || at is null)
        {
            return null;
        }
        return new MailItem(
            message.Id,
            message.ConversationId ?? "",
            message.Subject ?? "",
            Address.Normalize(message.From?.EmailAddress?.Address),
            Addresses(message.ToRecipients),
            Addresses(message.CcRecipients),
            at.Value,
            folder,
            message.BodyPreview ?? "",
            message.InternetMessageHeaders?.Select(h => new MailHeader(h.Name ?? "", h.Value ?? "")).ToList())
        {
            Names = NamesOf(message),
        };
    }

    private static Dictionary<string, string> NamesOf(Message message)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in new[] { message.From }.Concat(message.ToRecipients ?? []).Concat(message.CcRecipients ?? []))
        {
            var key = Address.Normalize(address?.EmailAddress?.Address);
            if (key.Length > 0 && address?.EmailAddress?.Name is { Length: > 0 } name)
            {
                names.TryAdd(key, name.Trim());
            }
        }
        return names;
    }

    private static List<string> Addresses(List<Recipient>? recipients) =>
        recipients?.Select(r => Address.Normalize(r.EmailAddress?.Address)).Where(a => a.Length > 0).ToList() ?? [];
}

/// <summary>The messages a scan kept, and how many it read in all.</summary>
public sealed record MailRead(IReadOnlyList<MailItem> Messages, int MessagesRead);
