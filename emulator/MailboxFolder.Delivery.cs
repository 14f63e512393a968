using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>A mailbox that changes while it is served: new mail, and other users over the same mail.</summary>
public sealed partial class MailboxFolder
{
    private readonly Lock delivering = new();
    private long inboxVersion;
    private long sentVersion;

    /// <summary>New mail arrives in "inbox" or "sentitems" (a reply is new mail in the same conversation); its id must be new to the mailbox.</summary>
    public void Deliver(string folder, JsonObject message)
    {
        if (message["id"]?.GetValueKind() != JsonValueKind.String)
        {
            throw new ArgumentException("A message needs a string \"id\".", nameof(message));
        }
        var stored = new StoredMessage(message, Date(message, "sentDateTime"), Date(message, "receivedDateTime"));
        if (stored.Sent is null && stored.Received is null)
        {
            throw new ArgumentException($"The message {stored.Id} has neither sentDateTime nor receivedDateTime.", nameof(message));
        }
        lock (delivering)
        {
            var index = IndexById();
            if (!index.TryAdd(stored.Id, stored))
            {
                throw new ArgumentException($"The mailbox already holds {stored.Id}.", nameof(message));
            }
            switch (folder.ToLowerInvariant())
            {
                case "inbox":
                    (inbox, inboxVersion) = ([.. inbox, stored], inboxVersion + 1);
                    break;
                case "sentitems":
                    (sent, sentVersion) = ([.. sent, stored], sentVersion + 1);
                    break;
                default:
                    index.Remove(stored.Id);
                    throw new ArgumentException($"No folder '{folder}': mail is delivered to inbox or sentitems.", nameof(folder));
            }
        }
    }

    /// <summary>
    /// The same mail, calendar and referrals under another user (<paramref name="me"/>, with its own "id"): many
    /// mailboxes share one copy of the messages (the bench's background round serves 1,000 reps this way), each with
    /// its own folder lists, drafts and delivered mail.
    /// </summary>
    public MailboxFolder ForUser(JsonObject me) =>
        me["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            ? new MailboxFolder(Path, me, [.. Inbox], [.. SentItems], [], Calendar, [.. OnlineMeetings], Referrals, CapturedAt)
            : throw new ArgumentException("The user has no \"id\".", nameof(me));

    private static DateTimeOffset? Date(JsonObject message, string property) =>
        message[property] is JsonValue value && DateTimeOffset.TryParse((string?)value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}
