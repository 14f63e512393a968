using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>Other users over the same mail: many mailboxes share one capture.</summary>
public sealed partial class MailboxFolder
{
    /// <summary>
    /// The same mail, calendar and referrals under another user (<paramref name="me"/>, with its own "id"): many
    /// mailboxes share one copy of the messages (the bench's background round serves 1,000 reps this way), each with
    /// its own folder lists, drafts and delivered mail.
    /// </summary>
    public MailboxFolder ForUser(JsonObject me) =>
        me["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            ? new MailboxFolder(Path, me, [.. Inbox], [.. SentItems], [], Calendar, [.. OnlineMeetings], Referrals, CapturedAt)
            : throw new ArgumentException("The user has no \"id\".", nameof(me));
}
