using System.Text.Json.Nodes;

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
    /// A read-mode item as Office.js shapes it, built from a message in the mailbox folder's inbox.json (same ids and
    /// thread), with the display names Outlook would show.
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
            // Office.js gives EWS ids; the stub reuses the Graph id, which the pane passes through untouched.
            ["itemId"] = (string?)message["id"],
            ["conversationId"] = (string?)message["conversationId"],
            ["subject"] = subject,
            ["from"] = Person(message["from"]),
            ["to"] = People("toRecipients"),
            ["cc"] = People("ccRecipients"),
        };
    }

    /// <summary>Selects another message (null: none), as the rep clicking in a pinned pane's mailbox.</summary>
    public static Task SelectAsync(Microsoft.Playwright.IPage page, JsonObject? item) =>
        page.EvaluateAsync("json => window.__selectItem(JSON.parse(json))", item?.ToJsonString() ?? "null");

    /// <summary>The recorded calls to one mailbox method: each call's arguments as JSON.</summary>
    public static Task<string[]> CallsAsync(Microsoft.Playwright.IPage page, string method) =>
        page.EvaluateAsync<string[]>("m => window.__calls.filter(c => c.method === m).map(c => JSON.stringify(c.args))", method);
}
