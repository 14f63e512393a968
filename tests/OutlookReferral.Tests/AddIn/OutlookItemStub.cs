using System.Text.Json.Nodes;
using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// Office.js as Outlook presents it with a message open in read mode: the item, ItemChanged for a pinned pane,
/// and displayMessageForm. Every mailbox call is recorded in <c>window.__calls</c>; <c>window.__selectItem(item)</c>
/// switches the item and raises ItemChanged the way Outlook does (the handler gets no item: it reads it again).
/// </summary>
public static class OutlookItemStub
{
    private const string Script = """
        window.__calls = [];
        window.__itemHandlers = [];
        window.Office = {
          HostType: { Outlook: "Outlook" },
          MailboxEnums: { RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" } },
          EventType: { ItemChanged: "olkItemSelectedChanged" },
          context: { mailbox: {
            item: __ITEM__,
            userProfile: { displayName: "Sam Rivera", emailAddress: "sam@contoso.com", timeZone: "UTC" },
            addHandlerAsync(type, handler, callback) {
              window.__calls.push({ method: "addHandlerAsync", args: [type] });
              if (type === "olkItemSelectedChanged") window.__itemHandlers.push(handler);
              if (callback) callback({ status: "succeeded" });
            },
            displayMessageForm(itemId) {
              window.__calls.push({ method: "displayMessageForm", args: [itemId] });
            },
            // The demo Exchange's EWS ids are base64 of "ews:" + the REST id (ExchangeIds); Outlook converts locally.
            convertToRestId(itemId, version) {
              window.__calls.push({ method: "convertToRestId", args: [itemId, version] });
              const text = atob(itemId);
              if (!text.startsWith("ews:")) throw new Error("not an EWS id");
              return text.slice(4);
            },
          } },
          onReady(callback) {
            const info = { host: "Outlook", platform: "OfficeOnline" };
            if (callback) callback(info);
            return Promise.resolve(info);
          },
        };
        window.__selectItem = (item) => {
          window.Office.context.mailbox.item = item;
          for (const handler of window.__itemHandlers) handler({ type: "olkItemSelectedChanged" });
        };
        """;

    /// <summary>The stub with <paramref name="item"/> open (null: nothing selected).</summary>
    public static string With(JsonObject? item) => Script.Replace("__ITEM__", item?.ToJsonString() ?? "null", StringComparison.Ordinal);

    /// <summary>
    /// A read-mode item as Office.js shapes it, built from a message in the mailbox folder's inbox.json (the same message
    /// and thread, in Outlook's own id formats), with the display names Outlook would show.
    /// </summary>
    public static JsonObject Item(string mailboxFolder, string subject, IReadOnlyDictionary<string, string> names)
    {
        var inbox = JsonNode.Parse(File.ReadAllText(Path.Combine(mailboxFolder, "inbox.json")))!["value"]!.AsArray();
        var message = inbox.Single(m => (string?)m!["subject"] == subject)!;
        JsonObject Person(JsonNode? recipient)
        {
            var address = (string)recipient!["emailAddress"]!["address"]!;
            return new() { ["displayName"] = names.GetValueOrDefault(address, address), ["emailAddress"] = address };
        }
        JsonArray People(string key) => new(message[key]!.AsArray().Select(r => (JsonNode)Person(r)).ToArray());
        return new JsonObject
        {
            ["itemType"] = "message",
            // Office.js gives the item's EWS id, and the conversation id in standard base64 ("+", "/") where Graph's is URL-safe.
            ["itemId"] = ExchangeIds.ToEwsId((string)message["id"]!),
            ["conversationId"] = OfficeConversationId((string)message["conversationId"]!),
            ["subject"] = subject,
            ["from"] = Person(message["from"]),
            ["to"] = People("toRecipients"),
            ["cc"] = People("ccRecipients"),
        };
    }

    /// <summary>Graph's URL-safe conversation id as Office.js spells it.</summary>
    public static string OfficeConversationId(string graphId) => graphId.Replace('-', '+').Replace('_', '/');

    /// <summary>Selects another message (null: none), as the rep clicking in a pinned pane's mailbox.</summary>
    public static Task SelectAsync(Microsoft.Playwright.IPage page, JsonObject? item) =>
        page.EvaluateAsync("json => window.__selectItem(JSON.parse(json))", item?.ToJsonString() ?? "null");

    /// <summary>The recorded calls to one mailbox method: each call's arguments as JSON.</summary>
    public static Task<string[]> CallsAsync(Microsoft.Playwright.IPage page, string method) =>
        page.EvaluateAsync<string[]>("m => window.__calls.filter(c => c.method === m).map(c => JSON.stringify(c.args))", method);
}
