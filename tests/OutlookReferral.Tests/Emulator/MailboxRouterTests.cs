using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Platform;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.Emulator;

/// <summary>Many mailboxes behind one Graph (the bench's background round): each user's requests reach that user's mailbox alone.</summary>
public class MailboxRouterTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    private const string Ana = "0a0a0a0a-0000-4000-8000-000000000001";
    private const string Ben = "0b0b0b0b-0000-4000-8000-000000000002";

    /// <summary>Two users over one captured mailbox (shared messages), under their own ids.</summary>
    private static (MailboxRouter Router, MailboxFolder Ana, MailboxFolder Ben) Tenant()
    {
        var captured = MailboxFolder.Load(new MailboxFolderBuilder().Filler(12, Now.AddDays(-20), Now.AddDays(-1)).Write(Now));
        var users = new[] { Ana, Ben }.ToDictionary(id => id, id =>
        {
            var me = captured.Me.DeepClone().AsObject();
            me["id"] = id;
            return captured.ForUser(me);
        });
        return (new MailboxRouter(id => users.GetValueOrDefault(id)), users[Ana], users[Ben]);
    }

    private static RepGraph Client(MailboxRouter router, string userId) =>
        RepGraph.Create(router, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, userId);

    private static JsonObject NewMessage(string id, string subject) => new()
    {
        ["id"] = id,
        ["conversationId"] = $"conv-{id}",
        ["subject"] = subject,
        ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Kim", ["address"] = "kim@fabrikam.com" } },
        ["toRecipients"] = new JsonArray(),
        ["sentDateTime"] = "2026-11-23T14:59:00Z",
        ["receivedDateTime"] = "2026-11-23T14:59:02Z",
    };

    private static async Task<List<string>> InboxSubjects(RepGraph graph) =>
        (await graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages.GetAsync(rc => rc.QueryParameters.Top = 100))!
            .Value!.Select(m => m.Subject!).ToList();

    [Test]
    public async Task EachUserReadsTheirOwnMailboxAndMailDeliveredToOneStaysTheirs()
    {
        var (router, _, ben) = Tenant();
        using var anaGraph = Client(router, Ana);
        using var benGraph = Client(router, Ben);
        var before = await InboxSubjects(benGraph);

        ben.Deliver("inbox", NewMessage("AAMk-new-for-ben", "Only for Ben"));

        var anas = await InboxSubjects(anaGraph);
        var bens = await InboxSubjects(benGraph);
        Assert.Multiple(() =>
        {
            Assert.That(anas, Is.EqualTo(before), "the shared capture, without Ben's new mail");
            Assert.That(bens, Does.Contain("Only for Ben"), "the query Ben's mailbox answered before delivery is not reused after it");
            Assert.That(bens, Has.Count.EqualTo(before.Count + 1));
            Assert.That(router.Requests, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task ADraftWrittenForOneUserIsNotInTheOthersDrafts()
    {
        var (router, ana, ben) = Tenant();
        using var anaGraph = Client(router, Ana);

        await anaGraph.Client.Users[Ana].Messages.PostAsync(new Message { Subject = "Ana's draft" });

        Assert.Multiple(() =>
        {
            Assert.That(ana.Drafts.Select(d => (string?)d.Json["subject"]), Is.EqualTo(new[] { "Ana's draft" }));
            Assert.That(ben.Drafts, Is.Empty);
        });
    }

    [Test]
    public void AnUnknownUserIsGraphsNotFound()
    {
        var (router, _, _) = Tenant();
        using var stranger = Client(router, "0c0c0c0c-0000-4000-8000-000000000003");

        var error = Assert.ThrowsAsync<ODataError>(() => stranger.Client.Users[stranger.UserId].MailFolders["inbox"].Messages.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(404));
            Assert.That(error.Error?.Code, Is.EqualTo("Request_ResourceNotFound"));
        });
    }

    [Test]
    public void MeIsRefusedAsGraphRefusesItWithoutASignedInUser()
    {
        var (router, _, _) = Tenant();
        using var graph = Client(router, Ana);

        var error = Assert.ThrowsAsync<ODataError>(() => graph.Client.Me.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(error.Error?.Message, Does.Contain("delegated authentication flow"));
        });
    }

    [Test]
    public void DeliveringAnIdTheMailboxHoldsIsRefused()
    {
        var (_, ana, _) = Tenant();
        var held = ana.Inbox[0].Id;

        Assert.That(() => ana.Deliver("inbox", NewMessage(held, "Again")), Throws.ArgumentException.With.Message.Contains(held));
    }
}
