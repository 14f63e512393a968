using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReplyAll;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Emulator;

/// <summary>createReply and createReplyAll through the real Graph SDK: reply drafts thread, address and quote as Graph's do.</summary>
public class ReplyDraftTests
{
    private static readonly DateTimeOffset Now = EmulatedGraph.Now;

    private static MailboxFolderBuilder Mailbox() => new MailboxFolderBuilder()
        .Received(Now.AddDays(-3), "Intro: Kim meet Sam", "kim@fabrikam.com", "Happy to talk next week.")
        .Received(Now.AddDays(-2), "Re: Pricing", "lee@fabrikam.com", "See below.");

    private static (RepGraph Graph, GraphEmulator Emulator, string IntroId) Connect(Action<JsonObject>? editIntro = null)
    {
        var (graph, emulator) = EmulatedGraph.Connect(Mailbox(), edit: folder =>
        {
            if (editIntro is not null)
            {
                EmulatedGraph.EditMessage(folder, "inbox.json", 0, editIntro);
            }
        });
        return (graph, emulator, emulator.Mailbox.Inbox[0].Id);
    }

    private static IEnumerable<string?> Addresses(List<Recipient>? recipients) => (recipients ?? []).Select(r => r.EmailAddress?.Address);

    [Test]
    public async Task ReplyDraftJoinsTheOriginalsConversationAndAddressesItsSender()
    {
        var (graph, emulator, introId) = Connect();
        var intro = emulator.Mailbox.Inbox[0].Json;

        var reply = await graph.Client.Users[graph.UserId].Messages[introId].CreateReply.PostAsync(new CreateReplyPostRequestBody { Comment = "Thanks Kim, Tuesday works." });
        var thread = await graph.Client.Users[graph.UserId].MailFolders["drafts"].Messages.GetAsync(rc =>
            rc.QueryParameters.Filter = $"conversationId eq '{intro["conversationId"]}'");

        Assert.Multiple(() =>
        {
            Assert.That(reply!.IsDraft, Is.True);
            Assert.That(reply.ConversationId, Is.EqualTo(intro["conversationId"]!.ToString()));
            Assert.That(reply.Subject, Is.EqualTo("RE: Intro: Kim meet Sam"));
            Assert.That(Addresses(reply.ToRecipients), Is.EqualTo(new[] { "kim@fabrikam.com" }));
            Assert.That(reply.CcRecipients, Is.Empty);
            Assert.That(reply.Body!.ContentType, Is.EqualTo(BodyType.Html));
            Assert.That(reply.Body.Content, Does.Contain("Thanks Kim, Tuesday works.").And.Contain("Happy to talk next week."));
            Assert.That(reply.BodyPreview, Does.StartWith("Thanks Kim, Tuesday works. From: kim"));
            Assert.That(reply.Id, Is.Not.EqualTo(introId));
            Assert.That(thread!.Value!.Select(m => m.Id), Is.EqualTo(new[] { reply.Id }));
        });
    }

    [Test]
    public async Task ReplyToARepliedSubjectKeepsItsOnePrefix()
    {
        var (graph, emulator, _) = Connect();

        var reply = await graph.Client.Users[graph.UserId].Messages[emulator.Mailbox.Inbox[1].Id].CreateReply.PostAsync(new CreateReplyPostRequestBody());

        Assert.That(reply!.Subject, Is.EqualTo("Re: Pricing"));
    }

    [Test]
    public async Task ReplyAllAddressesEveryoneButTheMailboxUserOnce()
    {
        var (graph, _, introId) = Connect(intro =>
        {
            intro["toRecipients"] = EmulatedGraph.Recipients("SAM@contoso.com", "lee@fabrikam.com");
            intro["ccRecipients"] = EmulatedGraph.Recipients("pat@adatum.com", "sam@contoso.com", "Kim@Fabrikam.com");
        });

        var reply = await graph.Client.Users[graph.UserId].Messages[introId].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody());

        Assert.Multiple(() =>
        {
            Assert.That(Addresses(reply!.ToRecipients), Is.EqualTo(new[] { "kim@fabrikam.com", "lee@fabrikam.com" }));
            Assert.That(Addresses(reply.CcRecipients), Is.EqualTo(new[] { "pat@adatum.com" }));
            Assert.That(reply.Subject, Is.EqualTo("RE: Intro: Kim meet Sam"));
        });
    }

    [Test]
    public async Task ReplyGoesToTheOriginalsReplyToWhenItHasOne()
    {
        var (graph, _, introId) = Connect(intro => intro["replyTo"] = EmulatedGraph.Recipients("assistant@fabrikam.com"));

        var reply = await graph.Client.Users[graph.UserId].Messages[introId].CreateReply.PostAsync(new CreateReplyPostRequestBody());

        Assert.That(Addresses(reply!.ToRecipients), Is.EqualTo(new[] { "assistant@fabrikam.com" }));
    }

    [Test]
    public void ACommentWithTheMessagesBodyIsRefused()
    {
        var (graph, emulator, introId) = Connect();

        var error = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].Messages[introId].CreateReply.PostAsync(new CreateReplyPostRequestBody
        {
            Comment = "Thanks",
            Message = new Message { Body = new ItemBody { ContentType = BodyType.Text, Content = "Thanks again" } },
        }));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(emulator.Mailbox.Drafts, Is.Empty);
        });
    }

    [Test]
    public async Task ACommentWithTheMessagesOtherPropertiesIsAccepted()
    {
        var (graph, _, introId) = Connect();

        // Graph's own documented example: a comment, and the message's recipients.
        var reply = await graph.Client.Users[graph.UserId].Messages[introId].CreateReply.PostAsync(new CreateReplyPostRequestBody
        {
            Comment = "Fanny, would you join us?",
            Message = new Message { ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Name = "Fanny Downs", Address = "fanny@contoso.com" } }] },
        });

        Assert.Multiple(() =>
        {
            Assert.That(Addresses(reply!.ToRecipients), Is.EqualTo(new[] { "fanny@contoso.com" }));
            Assert.That(reply.Body!.Content, Does.Contain("Fanny, would you join us?"));
        });
    }

    [Test]
    public async Task TheMessagesPropertiesOverrideTheReplysDefaults()
    {
        var (graph, _, introId) = Connect();

        var reply = await graph.Client.Users[graph.UserId].Messages[introId].CreateReply.PostAsync(new CreateReplyPostRequestBody
        {
            Message = new Message { Subject = "Quick follow-up", Body = new ItemBody { ContentType = BodyType.Text, Content = "Any news?" } },
        });

        Assert.Multiple(() =>
        {
            Assert.That(reply!.Subject, Is.EqualTo("Quick follow-up"));
            Assert.That(reply.Body!.ContentType, Is.EqualTo(BodyType.Text));
            Assert.That(reply.Body.Content, Is.EqualTo("Any news?"));
            Assert.That(reply.BodyPreview, Is.EqualTo("Any news?"));
        });
    }

    [Test]
    public async Task ReplyWithoutAnyRequestBodyIsAccepted()
    {
        var (graph, emulator, introId) = Connect();
        using var http = new HttpClient(emulator, disposeHandler: false);

        using var response = await http.PostAsync($"{DemoGraphFactory.BaseUrl}/users/{graph.UserId}/messages/{Uri.EscapeDataString(introId)}/createReply", null);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(emulator.Mailbox.Drafts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void ReplyToAnUnknownMessageIsNotFound()
    {
        var (graph, _, _) = Connect();

        var error = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].Messages["AAMkAGRlbW8Anope="].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(404));
            Assert.That(error.Error!.Code, Is.EqualTo("ErrorItemNotFound"));
        });
    }

    [Test]
    public async Task RepliesAreInTheRequestLog()
    {
        var (graph, emulator, introId) = Connect();

        await graph.Client.Users[graph.UserId].Messages[introId].CreateReply.PostAsync(new CreateReplyPostRequestBody());

        Assert.That(emulator.Requests, Has.Some.Match($"^POST /v1\\.0/users/{graph.UserId}/messages/[^/]+/createReply$"));
    }
}
