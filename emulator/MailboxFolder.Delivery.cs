using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>A mailbox that changes while it is served: new mail, and other users over the same mail.</summary>
public sealed partial class MailboxFolder
{
    /// <summary>
    /// New mail arrives: each message goes into the inbox or sent items (its Folder is Graph's
    /// well-known name, "inbox" or "sentitems"). Ids must be new to the mailbox, as Exchange's are.
    /// </summary>
    public void Deliver(IEnumerable<(string Folder, JsonObject Message)> messages)
    {
        lock (delivering)
        {
            var (newInbox, newSent) = (inbox.ToList(), sent.ToList());
            var ids = new HashSet<string>(inbox.Concat(sent).Select(m => m.Id), StringComparer.Ordinal);
            foreach (var (folder, json) in messages)
            {
                var message = new StoredMessage(json, Date(json, "sentDateTime"), Date(json, "receivedDateTime"));
                if (message.Sent is null && message.Received is null)
                {
                    throw new ArgumentException($"The message {message.Id} has neither sentDateTime nor receivedDateTime.", nameof(messages));
                }
                if (!ids.Add(message.Id))
                {
                    throw new ArgumentException($"The mailbox already holds a message with the id {message.Id}.", nameof(messages));
                }
                (folder.ToLowerInvariant() switch
                {
                    "inbox" => newInbox,
                    "sentitems" => newSent,
                    _ => throw new ArgumentException($"Mail is delivered to inbox or sentitems, not '{folder}'.", nameof(messages)),
                }).Add(message);
            }
            (inbox, sent, byId) = (newInbox, newSent, null);
            Version++;
        }
    }

    /// <summary>
    /// The same captured mail, calendar and referrals under another user (<paramref name="me"/>): many mailboxes
    /// share one copy of the messages (the bench's background round serves 1,000 reps this way). Drafts and
    /// delivered mail are the new mailbox's own.
    /// </summary>
    public MailboxFolder ForUser(JsonObject me) =>
        me["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            ? new MailboxFolder(Path, me, inbox, sent, [], Calendar, OnlineMeetings, Referrals, CapturedAt)
            : throw new ArgumentException("The user has no \"id\".", nameof(me));

    private static DateTimeOffset? Date(JsonObject message, string property) =>
        message[property] is JsonValue value && DateTimeOffset.TryParse((string?)value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}
