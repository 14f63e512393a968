using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's draft writes over the demo mailbox: POST /messages, createReply, createReplyAll, PATCH
/// and DELETE. Drafts land in the mailbox's Drafts folder and stay there; nothing is ever sent.
/// </summary>
internal sealed class DraftOperations(MailboxFolder mailbox, TimeProvider time)
{
    /// <summary>POST /messages: a draft that starts its own conversation.</summary>
    public JsonObject Create(JsonObject request)
    {
        var fields = MessageFields.Read(request);
        var now = time.GetUtcNow();
        var draft = NewDraft(NewConversationId(), now);
        MessageFields.ApplyTo(draft, fields);
        return Store(draft, now);
    }

    /// <summary>POST /messages/{id}/createReply(All): a draft in the original's conversation, quoting it.</summary>
    public JsonObject CreateReply(string id, JsonObject? request, bool replyAll)
    {
        var (comment, fields) = ReplyDraft.ReadRequest(request, replyAll);
        var original = mailbox.FindMessage(id)?.Json ?? throw GraphJson.ItemNotFound();
        var now = time.GetUtcNow();
        var draft = NewDraft((string?)original["conversationId"] ?? NewConversationId(), now);
        draft["subject"] = ReplyDraft.Subject((string?)original["subject"]);
        var (to, cc) = ReplyDraft.Recipients(original, replyAll, mailbox.IsUser);
        draft["toRecipients"] = to;
        draft["ccRecipients"] = cc;
        MessageFields.ApplyTo(draft, new JsonObject { ["body"] = ReplyDraft.QuotedBody(original, comment) });
        MessageFields.ApplyTo(draft, fields);
        return Store(draft, now);
    }

    /// <summary>PATCH /messages/{id}: edits a draft; received and sent mail refuse what Graph refuses.</summary>
    public JsonObject Update(string id, JsonObject request)
    {
        var fields = MessageFields.Read(request);
        var modified = Iso(time.GetUtcNow());
        var changeKey = NewChangeKey();
        var updated = mailbox.DraftStore.Update(id, draft =>
        {
            MessageFields.ApplyTo(draft, fields);
            draft["lastModifiedDateTime"] = modified;
            draft["changeKey"] = changeKey;
        });
        if (updated is not null)
        {
            return updated.Json;
        }
        if (mailbox.FindMessage(id) is null)
        {
            throw GraphJson.ItemNotFound();
        }
        throw fields.Any(f => MessageFields.DraftOnly.Contains(f.Key))
            ? new GraphErrorException(400, "ErrorInvalidPropertySet", "Message is not draft.")
            : new GraphErrorException(400, "BadRequest", "The demo mailbox edits only drafts: received and sent mail stay as captured.");
    }

    /// <summary>DELETE /messages/{id}: the rep threw the draft away.</summary>
    public void Delete(string id)
    {
        if (mailbox.DraftStore.Remove(id))
        {
            return;
        }
        throw mailbox.FindMessage(id) is null
            ? GraphJson.ItemNotFound()
            : new GraphErrorException(400, "BadRequest", "The demo mailbox deletes only drafts: received and sent mail stay as captured.");
    }

    private JsonObject Store(JsonObject draft, DateTimeOffset now)
    {
        mailbox.DraftStore.Add(new StoredMessage(draft, now, now));
        return draft;
    }

    // The shape Graph returns for a fresh draft; the request's fields are written over it.
    private JsonObject NewDraft(string conversationId, DateTimeOffset now)
    {
        var id = NewMessageId();
        var at = Iso(now);
        var me = mailbox.Me;
        var user = MessageFields.Recipient((string?)me["displayName"], (string?)me["mail"] ?? (string?)me["userPrincipalName"] ?? mailbox.UserId);
        return new JsonObject
        {
            ["id"] = id,
            ["createdDateTime"] = at,
            ["lastModifiedDateTime"] = at,
            ["changeKey"] = NewChangeKey(),
            ["categories"] = new JsonArray(),
            ["receivedDateTime"] = at,
            ["sentDateTime"] = at,
            ["hasAttachments"] = false,
            ["subject"] = "",
            ["bodyPreview"] = "",
            ["importance"] = "normal",
            ["parentFolderId"] = "drafts",
            ["conversationId"] = conversationId,
            ["isRead"] = true,
            ["isDraft"] = true,
            ["webLink"] = WebLink(id),
            ["inferenceClassification"] = "focused",
            ["body"] = MessageFields.TextBody("text", ""),
            ["sender"] = user.DeepClone(),
            ["from"] = user,
            ["toRecipients"] = new JsonArray(),
            ["ccRecipients"] = new JsonArray(),
            ["bccRecipients"] = new JsonArray(),
            ["replyTo"] = new JsonArray(),
            ["flag"] = new JsonObject { ["flagStatus"] = "notFlagged" },
        };
    }

    /// <summary>Outlook on the web's read link for an item: opens the draft where the rep can finish and send it.</summary>
    public static string WebLink(string id)
    {
        var escaped = Uri.EscapeDataString(id);
        return $"https://outlook.office.com/mail/deeplink/read/{escaped}?ItemID={escaped}&exvsurl=1";
    }

    // Opaque like Exchange's REST ids (URL-safe base64, "-" for "/"); the "AGRlbW8A" inside reads "demo".
    private static string NewMessageId() => "AAMkAGRlbW8ARgAAA" + UrlSafe(RandomNumberGenerator.GetBytes(48));

    private static string NewConversationId() => "AAQkAGRlbW8AEAA" + UrlSafe(RandomNumberGenerator.GetBytes(16));

    private static string NewChangeKey() => "CQAAABYAAA" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12));

    private static string UrlSafe(byte[] bytes) => Convert.ToBase64String(bytes).Replace('/', '-').Replace('+', '_');

    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
