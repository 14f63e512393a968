using System.Net;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.FollowUps;
using OutlookReferral.Tests.Platform;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The emulator's messages/delta, as Graph documents it: rounds of pages, delta links, @removed, 410 on lost state.</summary>
public sealed class MessageDeltaTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Inbox = "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta";

    private static (HttpClient Http, GraphEmulator Emulator, string Folder) Connect(int filler)
    {
        var folder = new MailboxFolderBuilder().Filler(filler, Now.AddDays(-100), Now.AddDays(-1)).Write(Now);
        var emulator = new GraphEmulator(MailboxFolder.Load(folder));
        return (new HttpClient(emulator), emulator, folder);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(HttpClient http, string url, int? maxPageSize = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (maxPageSize is { } size)
        {
            request.Headers.TryAddWithoutValidation("Prefer", $"odata.maxpagesize={size}");
        }
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>Follows a round to its end: every item, the pages it took, and the delta link.</summary>
    private static async Task<(List<JsonObject> Items, int Pages, string DeltaLink)> RoundAsync(HttpClient http, string url, int? maxPageSize = null)
    {
        var items = new List<JsonObject>();
        var pages = 0;
        while (true)
        {
            var (status, body) = await GetAsync(http, url, maxPageSize);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            pages++;
            items.AddRange(body["value"]!.AsArray().Select(i => i!.AsObject()));
            if (body["@odata.nextLink"] is { } next)
            {
                Assert.That(next.ToString(), Does.Contain("$skiptoken="));
                url = next.ToString();
                continue;
            }
            return (items, pages, body["@odata.deltaLink"]!.ToString());
        }
    }

    [Test]
    public async Task ARoundPagesByMaxPageSizeAndTheNextRoundReturnsOnlyWhatChanged()
    {
        var (http, emulator, folder) = Connect(40);
        var first = await RoundAsync(http, Inbox + "?$select=subject,from", maxPageSize: 7);
        var unchanged = await RoundAsync(http, first.DeltaLink);
        var gone = emulator.Mailbox.Inbox[0].Id;
        var edited = emulator.Mailbox.Inbox[1].Id;
        var moved = emulator.Mailbox.Inbox[2].Id;
        emulator.Mailbox.Delete(gone);
        emulator.Mailbox.Edit(edited, m => m["subject"] = "Changed");
        emulator.Mailbox.MoveOut(moved);
        emulator.Mailbox.Deliver("inbox", DeltaScanRig.Message("AAMkFresh=", Now, "New", "dana@northwind.example", [MailboxFolderBuilder.RepAddress]));
        var changes = await RoundAsync(http, unchanged.DeltaLink);

        Assert.Multiple(() =>
        {
            Assert.That(first.Items, Has.Count.EqualTo(20));
            Assert.That(first.Pages, Is.EqualTo(3), "20 messages in pages of 7");
            Assert.That(first.Items[0].Select(p => p.Key), Is.EquivalentTo(new[] { "@odata.type", "id", "subject", "from" }));
            Assert.That(unchanged.Items, Is.Empty);
            Assert.That(changes.Items.Single(i => (string?)i["id"] == gone)["@removed"]!["reason"]!.ToString(), Is.EqualTo("deleted"));
            Assert.That(changes.Items.Single(i => (string?)i["id"] == moved)["@removed"]!["reason"]!.ToString(), Is.EqualTo("changed"));
            Assert.That(changes.Items.Single(i => (string?)i["id"] == edited)["subject"]!.ToString(), Is.EqualTo("Changed"));
            Assert.That(changes.Items.Single(i => (string?)i["id"] == "AAMkFresh=")["from"], Is.Not.Null, "new mail comes whole");
            Assert.That(changes.Items, Has.Count.EqualTo(4));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task ExpiredStateAnswers410SyncStateNotFound()
    {
        var (http, emulator, folder) = Connect(10);
        var round = await RoundAsync(http, Inbox);
        emulator.Mailbox.ExpireDeltaTokens();

        var (status, body) = await GetAsync(http, round.DeltaLink);
        var (broken, _) = await GetAsync(http, Inbox + "?$deltatoken=not-a-token");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(body["error"]!["code"]!.ToString(), Is.EqualTo("syncStateNotFound"));
            Assert.That(broken, Is.EqualTo(HttpStatusCode.BadRequest));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task DeltaTakesOnlyTheDocumentedOptions()
    {
        var (http, _, folder) = Connect(10);
        string[] refused =
        [
            "?$filter=subject eq 'x'", "?$filter=sentDateTime ge 2026-01-01T00:00:00Z", "?$search=\"kim\"", "?$orderby=subject", "?$select=notAProperty",
        ];
        var answers = new List<HttpStatusCode>();
        foreach (var query in refused)
        {
            answers.Add((await GetAsync(http, Inbox + query)).Status);
        }
        var (ok, _) = await GetAsync(http, Inbox + "?$filter=receivedDateTime ge 2026-01-01T00:00:00Z&$select=internetMessageHeaders,subject&$top=5");

        Assert.Multiple(() =>
        {
            Assert.That(answers, Has.All.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ok, Is.EqualTo(HttpStatusCode.OK), "receivedDateTime ge|gt is the one filter; internetMessageHeaders may be selected");
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task AFilteredRoundStopsAt5000Messages()
    {
        var (http, _, folder) = Connect(12_000);
        var filtered = await RoundAsync(http, Inbox + "?$filter=receivedDateTime ge 2020-01-01T00:00:00Z&$select=subject", maxPageSize: 1000);
        var whole = await RoundAsync(http, Inbox + "?$select=subject", maxPageSize: 1000);

        Assert.Multiple(() =>
        {
            Assert.That(filtered.Items, Has.Count.EqualTo(5000), "delta-query-messages: $filter returns only up to 5,000 messages");
            Assert.That(whole.Items, Has.Count.EqualTo(6000));
        });
        Directory.Delete(folder, recursive: true);
    }
}
