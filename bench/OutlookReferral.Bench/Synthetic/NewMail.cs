using System.Globalization;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;

namespace OutlookReferral.Bench.Synthetic;

/// <summary>
/// Mail that arrives after a scan: mostly ordinary mail continuing threads already in the mailbox, and a share that
/// involves tracked people (a prospect's answer in the inbox, the rep's note to a prospect in sent items), so the
/// rescan after it has something to find. Stamped in the minute before the bench's clock, after all captured mail.
/// </summary>
public static class NewMail
{
    /// <summary>The share of new messages that involve a tracked prospect.</summary>
    public const double TrackedShare = 0.2;

    /// <summary>Plans <paramref name="count"/> new messages and delivers them into the served mailbox, one by one as Exchange does.</summary>
    public static List<(string Folder, JsonObject Message)> Deliver(MailboxFolder mailbox, int count, Random random, DateTimeOffset now)
    {
        var mail = For(mailbox, count, random, now);
        foreach (var (folder, message) in mail)
        {
            mailbox.Deliver(folder, message);
        }
        return mail;
    }

    public static List<(string Folder, JsonObject Message)> For(MailboxFolder mailbox, int count, Random random, DateTimeOffset now)
    {
        var rep = new JsonObject { ["name"] = (string?)mailbox.Me["displayName"], ["address"] = (string?)mailbox.Me["mail"] };
        var prospects = (mailbox.Referrals ?? []).Select(r => r.Prospect).ToList();
        var mail = new List<(string, JsonObject)>(count);
        for (var i = 0; i < count; i++)
        {
            var at = now - TimeSpan.FromSeconds(1 + random.NextDouble() * 58);
            if (prospects.Count > 0 && random.NextDouble() < TrackedShare)
            {
                var prospect = prospects[random.Next(prospects.Count)];
                var person = new JsonObject { ["name"] = prospect.Name, ["address"] = prospect.Address };
                var answer = random.Next(2) == 0;
                mail.Add(answer
                    ? ("inbox", Message(random, person, rep.DeepClone(), "RE: Following up", NewId(random, "AAQkAGI2", 66), at, inbox: true))
                    : ("sentitems", Message(random, rep.DeepClone(), person, "Following up", NewId(random, "AAQkAGI2", 66), at, inbox: false)));
                continue;
            }
            // Ordinary mail: a reply in a thread the mailbox already holds, between the same people.
            var folder = random.Next(100) < 60 ? mailbox.Inbox : mailbox.SentItems;
            var thread = folder[random.Next(folder.Count)].Json;
            var subject = (string?)thread["subject"] ?? "";
            mail.Add((folder == mailbox.Inbox ? "inbox" : "sentitems", Message(random, thread["from"]!["emailAddress"]!.DeepClone(),
                thread["toRecipients"]!.AsArray().FirstOrDefault()?["emailAddress"]?.DeepClone() ?? rep.DeepClone(),
                subject.StartsWith("RE: ", StringComparison.Ordinal) ? subject : $"RE: {subject}", (string)thread["conversationId"]!, at,
                inbox: folder == mailbox.Inbox)));
        }
        return mail;
    }

    private static JsonObject Message(Random random, JsonNode from, JsonNode to, string subject, string conversationId, DateTimeOffset at, bool inbox)
    {
        var sent = inbox ? at - TimeSpan.FromSeconds(1) : at;
        var message = new JsonObject
        {
            ["id"] = NewId(random, "AAMkAGI2", 108),
            ["conversationId"] = conversationId,
            ["subject"] = subject,
            ["from"] = new JsonObject { ["emailAddress"] = from },
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = to }),
            ["ccRecipients"] = new JsonArray(),
            ["sentDateTime"] = MailboxFolderWriter.Iso(sent),
            ["receivedDateTime"] = MailboxFolderWriter.Iso(at),
            ["bodyPreview"] = "Thanks for the note. Thursday works for us; I have shared the agenda with the team and will send the figures before the call.",
        };
        if (inbox)
        {
            // The everyday headers of received mail, none of the markers of bulk mail or automatic replies.
            var date = sent.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
            message["internetMessageHeaders"] = new JsonArray(
                Header("Received", $"from AM0PR01MB1234.eurprd01.prod.outlook.com with HTTPS; {date}"),
                Header("Message-ID", $"<{Convert.ToHexString(Bytes(random, 16))}@eurprd01.prod.outlook.com>"),
                Header("Date", date), Header("MIME-Version", "1.0"), Header("Content-Type", "multipart/alternative"));
        }
        return message;
    }

    private static JsonObject Header(string name, string value) => new() { ["name"] = name, ["value"] = value };

    // Graph-length opaque ids, URL-safe as the mailbox's own.
    private static string NewId(Random random, string prefix, int bytes) =>
        prefix + Convert.ToBase64String(Bytes(random, bytes)).Replace('/', '-').Replace('+', '_');

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
