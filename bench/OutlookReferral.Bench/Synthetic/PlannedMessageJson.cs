using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;

namespace OutlookReferral.Bench.Synthetic;

/// <summary>
/// Planned messages as Graph would return them: long opaque ids, ~8 internet headers on inbox mail,
/// ~200-character previews. Sizes matter: the scan's cost is mostly moving this JSON around. The files
/// themselves are written by the emulator's MailboxFolderWriter, streaming, as the folders are large.
/// </summary>
public sealed class PlannedMessageJson(Random random)
{
    private readonly Dictionary<string, string> conversationIds = new(StringComparer.Ordinal);

    public static void WriteProfile(MailboxFolderWriter folder, Person rep) => folder.WriteMe(new JsonObject
    {
        ["id"] = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
        ["displayName"] = rep.Name,
        ["mail"] = rep.Address,
        ["userPrincipalName"] = rep.Address,
    });

    public static void WriteReferrals(MailboxFolderWriter folder, IEnumerable<SyntheticReferral> referrals) =>
        folder.WriteReferrals(referrals.Select(r => new ReferralSeed(
            new SeedParty(r.Prospect.Name, r.Prospect.Address), new SeedParty(r.Source.Name, r.Source.Address), r.IntroducedAt, null, null)));

    /// <summary>A Graph collection response, newest first as a folder export would be.</summary>
    public void WriteFolder(MailboxFolderWriter folder, string file, IEnumerable<PlannedMessage> messages) =>
        folder.WriteCollection(file, messages.OrderByDescending(m => m.At), WriteMessage);

    private void WriteMessage(Utf8JsonWriter json, PlannedMessage message)
    {
        // Inbox mail took a few seconds to arrive; sent items are stamped when sent.
        var inbox = message.Folder == MailFolderKind.Inbox;
        var sentAt = inbox ? message.At - TimeSpan.FromSeconds(2 + random.Next(30)) : message.At;
        json.WriteStartObject();
        json.WriteString("id", OpaqueId("AAMkAGI2", 108));
        json.WriteString("conversationId", ConversationId(message.ConversationKey));
        json.WriteString("subject", message.Subject);
        json.WriteStartObject("from");
        WriteParty(json, "emailAddress", message.From);
        json.WriteEndObject();
        WriteRecipients(json, "toRecipients", message.To);
        WriteRecipients(json, "ccRecipients", message.Cc);
        json.WriteString("sentDateTime", Iso(sentAt));
        json.WriteString("receivedDateTime", Iso(message.At));
        json.WriteString("bodyPreview", SyntheticText.Preview(random, message));
        if (inbox)
        {
            json.WriteStartArray("internetMessageHeaders");
            foreach (var (name, value) in SyntheticText.Headers(random, message, sentAt))
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("value", value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private string ConversationId(string key)
    {
        if (!conversationIds.TryGetValue(key, out var id))
        {
            conversationIds[key] = id = OpaqueId("AAQkAGI2", 66);
        }
        return id;
    }

    // Graph ids are base64 of a binary entry id: about 150 characters for a message.
    private string OpaqueId(string prefix, int bytes)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        random.NextBytes(buffer);
        return prefix + Convert.ToBase64String(buffer).Replace('/', '-').Replace('+', '_');
    }

    private static void WriteRecipients(Utf8JsonWriter json, string name, IReadOnlyList<Person> people)
    {
        json.WriteStartArray(name);
        foreach (var person in people)
        {
            json.WriteStartObject();
            WriteParty(json, "emailAddress", person);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteParty(Utf8JsonWriter json, string property, Person person)
    {
        json.WriteStartObject(property);
        json.WriteString("name", person.Name);
        json.WriteString("address", person.Address);
        json.WriteEndObject();
    }

    private static string Iso(DateTimeOffset at) => MailboxFolderWriter.Iso(at);
}
