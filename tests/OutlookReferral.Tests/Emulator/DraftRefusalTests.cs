using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.Emulator;

/// <summary>What Graph refuses on a write, the emulator refuses too, in Graph's error shape, and nothing is stored.</summary>
public class DraftRefusalTests
{
    [Test]
    public async Task ChangingTheSubjectOfReceivedMailIsRefusedAndLeavesItAsItWas()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var received = emulator.Mailbox.Inbox[0];

        var subject = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].Messages[received.Id].PatchAsync(new Message { Subject = "Edited" }));
        var delete = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].Messages[received.Id].DeleteAsync());
        var after = await graph.Client.Users[graph.UserId].Messages[received.Id].GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(subject!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(subject.Error!.Code, Is.EqualTo("ErrorInvalidPropertySet"));
            Assert.That(delete!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(after!.Subject, Is.EqualTo(received.Json["subject"]!.ToString()));
        });
    }

    [Test]
    public async Task PropertiesTheEmulatorDoesNotWriteAreRefused()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var messages = graph.Client.Users[graph.UserId].Messages;
        var draft = await messages.PostAsync(new Message { Subject = "Checking in" });

        var unknown = Assert.ThrowsAsync<ODataError>(() => messages[draft!.Id].PatchAsync(new Message { AdditionalData = new Dictionary<string, object> { ["colour"] = "red" } }));
        var readOnly = Assert.ThrowsAsync<ODataError>(() => messages.PostAsync(new Message { Subject = "x", IsDraft = false }));
        var badImportance = Assert.ThrowsAsync<ODataError>(() => messages[draft!.Id].PatchAsync(new Message { AdditionalData = new Dictionary<string, object> { ["importance"] = "urgent" } }));

        Assert.Multiple(() =>
        {
            Assert.That(unknown!.Error!.Code, Is.EqualTo("RequestBodyRead"));
            Assert.That(unknown.Error.Message, Does.Contain("'colour'"));
            Assert.That(readOnly!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(readOnly.Error!.Message, Does.Contain("isDraft"));
            Assert.That(badImportance!.ResponseStatusCode, Is.EqualTo(400));
        });
    }

    [TestCase("{\"subject\":", TestName = "TruncatedJsonIsABadRequest")]
    [TestCase("{\"subject\":\"a\",\"subject\":\"b\"}", TestName = "DuplicatePropertiesAreABadRequest")]
    [TestCase("[{\"subject\":\"a\"}]", TestName = "ABodyThatIsNotAnObjectIsABadRequest")]
    [TestCase("", TestName = "AnEmptyBodyIsABadRequest")]
    public async Task MalformedBodiesAreRefusedWithGraphsErrorShape(string body)
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        using var http = new HttpClient(emulator, disposeHandler: false);

        using var response = await http.PostAsync($"{DemoGraphFactory.BaseUrl}/users/{graph.UserId}/messages",
            new StringContent(body, Encoding.UTF8, "application/json"));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error["code"]!.ToString(), Is.EqualTo("BadRequest"));
            Assert.That(error["innerError"]!["request-id"], Is.Not.Null);
            Assert.That(emulator.Mailbox.Drafts, Is.Empty);
        });
    }

    [Test]
    public void EditingOrDeletingAMissingDraftIsNotFound()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var missing = graph.Client.Users[graph.UserId].Messages["AAMkAGRlbW8Anope="];

        var edit = Assert.ThrowsAsync<ODataError>(() => missing.PatchAsync(new Message { Subject = "Edited" }));
        var delete = Assert.ThrowsAsync<ODataError>(() => missing.DeleteAsync());

        Assert.Multiple(() =>
        {
            Assert.That(edit!.ResponseStatusCode, Is.EqualTo(404));
            Assert.That(edit.Error!.Code, Is.EqualTo("ErrorItemNotFound"));
            Assert.That(delete!.ResponseStatusCode, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task SendingIsNotSupported()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var draft = await graph.Client.Users[graph.UserId].Messages.PostAsync(new Message { Subject = "Checking in" });

        var send = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].Messages[draft!.Id].Send.PostAsync());

        Assert.Multiple(() =>
        {
            Assert.That(send!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(send.Error!.Message, Does.Contain("does not support"));
            Assert.That(emulator.Mailbox.Drafts, Has.Count.EqualTo(1), "the draft stays a draft");
        });
    }
}
