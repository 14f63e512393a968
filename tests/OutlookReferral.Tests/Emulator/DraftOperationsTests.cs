using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Emulator;

/// <summary>Drafts through the real Graph SDK: created, read, edited, listed and deleted as Graph does them.</summary>
public class DraftOperationsTests
{
    private static readonly DateTimeOffset Now = EmulatedGraph.Now;

    private static Message NewDraft(string subject, string html = "<p>Hello Kim,</p><p>Following up.</p>") => new()
    {
        Subject = subject,
        Body = new ItemBody { ContentType = BodyType.Html, Content = html },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Name = "Kim Lee", Address = "kim@fabrikam.com" } }],
    };

    [Test]
    public async Task DraftCanBeCreatedReadEditedListedAndDeleted()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var messages = graph.Client.Users[graph.UserId].Messages;

        var created = await messages.PostAsync(NewDraft("Checking in"));
        var read = await messages[created!.Id].GetAsync();
        var edited = await messages[created.Id].PatchAsync(new Message
        {
            Subject = "Checking in on the proposal",
            CcRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "george@adatum.com" } }],
            Importance = Importance.High,
            Categories = ["Referral"],
        });
        var listed = await graph.Client.Users[graph.UserId].MailFolders["drafts"].Messages.GetAsync();
        await messages[created.Id].DeleteAsync();
        var gone = Assert.ThrowsAsync<ODataError>(() => messages[created.Id].GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(created.IsDraft, Is.True);
            Assert.That(created.ParentFolderId, Is.EqualTo("drafts"));
            Assert.That(read!.Subject, Is.EqualTo("Checking in"));
            Assert.That(read.ToRecipients!.Single().EmailAddress!.Address, Is.EqualTo("kim@fabrikam.com"));
            Assert.That(read.Body!.ContentType, Is.EqualTo(BodyType.Html));
            Assert.That(edited!.Subject, Is.EqualTo("Checking in on the proposal"));
            Assert.That(edited.Body!.Content, Is.EqualTo(read.Body.Content), "PATCH leaves what it does not name");
            Assert.That(edited.CcRecipients!.Single().EmailAddress!.Name, Is.EqualTo("george@adatum.com"), "Graph names an unnamed recipient by address");
            Assert.That(edited.Importance, Is.EqualTo(Importance.High));
            Assert.That(edited.Categories, Is.EqualTo(new[] { "Referral" }));
            Assert.That(listed!.Value!.Select(m => m.Subject), Is.EqualTo(new[] { "Checking in on the proposal" }));
            Assert.That(gone!.ResponseStatusCode, Is.EqualTo(404));
            Assert.That(gone.Error!.Code, Is.EqualTo("ErrorItemNotFound"));
            Assert.That(gone.Error.Message, Is.EqualTo("The specified object was not found in the store."));
            Assert.That(emulator.Mailbox.Drafts, Is.Empty);
        });
    }

    [Test]
    public async Task NewDraftIsStampedByTheEmulatorsClockAndComesFromTheMailboxUser()
    {
        var clock = new ManualClock(Now);
        var (graph, _) = EmulatedGraph.Connect(time: clock);
        var messages = graph.Client.Users[graph.UserId].Messages;

        var created = await messages.PostAsync(NewDraft("Checking in"));
        clock.Now = Now.AddMinutes(5);
        var edited = await messages[created!.Id].PatchAsync(new Message { Subject = "Checking in again" });

        Assert.Multiple(() =>
        {
            Assert.That(created.CreatedDateTime, Is.EqualTo(Now));
            Assert.That(created.LastModifiedDateTime, Is.EqualTo(Now));
            Assert.That(edited!.CreatedDateTime, Is.EqualTo(Now));
            Assert.That(edited.LastModifiedDateTime, Is.EqualTo(Now.AddMinutes(5)));
            Assert.That(edited.ChangeKey, Is.Not.EqualTo(created.ChangeKey));
            Assert.That(created.From!.EmailAddress!.Address, Is.EqualTo(MailboxFolderBuilder.RepAddress));
            Assert.That(created.From.EmailAddress.Name, Is.EqualTo("Sam Rivera"));
        });
    }

    [Test]
    public async Task EveryDraftHasItsOwnIdConversationAndAWebLinkThatNamesIt()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var messages = graph.Client.Users[graph.UserId].Messages;

        var first = await messages.PostAsync(NewDraft("One"));
        var second = await messages.PostAsync(NewDraft("Two"));

        Assert.Multiple(() =>
        {
            Assert.That(first!.Id, Does.StartWith("AAMk").And.Not.Contain("/"));
            Assert.That(second!.Id, Is.Not.EqualTo(first.Id));
            Assert.That(second.ConversationId, Is.Not.Null.And.Not.EqualTo(first.ConversationId));
            Assert.That(first.WebLink, Does.StartWith("https://outlook.office.com/mail/deeplink/read/"));
            Assert.That(first.WebLink, Does.Contain(Uri.EscapeDataString(first.Id!)));
            Assert.That(emulator.Mailbox.FindMessage(first.Id!)!.Json["webLink"]!.ToString(), Is.EqualTo(first.WebLink), "the link is stable");
        });
    }

    [Test]
    public async Task BodyPreviewIsTheBodysTextWithoutMarkupUpTo255Characters()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var messages = graph.Client.Users[graph.UserId].Messages;

        var plain = await messages.PostAsync(NewDraft("Short", "<html><head><style>p{}</style></head><body><p>Hi&nbsp;Kim &amp; team,</p>\n<p>Thanks.</p></body></html>"));
        var longer = await messages.PostAsync(NewDraft("Long", "<p>" + new string('x', 300) + "</p>"));

        Assert.Multiple(() =>
        {
            Assert.That(plain!.BodyPreview, Is.EqualTo("Hi Kim & team, Thanks."), "entities decoded, whitespace collapsed");
            Assert.That(longer!.BodyPreview, Has.Length.EqualTo(255));
        });
    }

    [Test]
    public async Task DraftsListingSeesEveryChangeEvenForTheSameQuery()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var drafts = graph.Client.Users[graph.UserId].MailFolders["drafts"].Messages;
        Task<MessageCollectionResponse?> List() => drafts.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "isDraft eq true";
            rc.QueryParameters.Select = ["subject"];
        });

        var before = await List();
        var created = await graph.Client.Users[graph.UserId].Messages.PostAsync(NewDraft("Checking in"));
        var after = await List();
        await graph.Client.Users[graph.UserId].Messages[created!.Id].PatchAsync(new Message { Subject = "Edited" });
        var edited = await List();

        Assert.Multiple(() =>
        {
            Assert.That(before!.Value, Is.Empty);
            Assert.That(after!.Value!.Select(m => m.Subject), Is.EqualTo(new[] { "Checking in" }));
            Assert.That(edited!.Value!.Select(m => m.Subject), Is.EqualTo(new[] { "Edited" }));
        });
    }

    [Test]
    public async Task FiftyConcurrentDraftsAllLandExactlyOnce()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var subjects = Enumerable.Range(1, 50).Select(i => $"Follow-up {i}").ToList();

        var created = await Task.WhenAll(subjects.Select(s => Task.Run(() => graph.Client.Users[graph.UserId].Messages.PostAsync(NewDraft(s)))));
        var listed = await graph.Client.Users[graph.UserId].MailFolders["drafts"].Messages.GetAsync(rc => rc.QueryParameters.Top = 100);

        Assert.Multiple(() =>
        {
            Assert.That(emulator.Mailbox.Drafts.Select(d => d.Json["subject"]!.ToString()), Is.EquivalentTo(subjects));
            Assert.That(created.Select(d => d!.Id).Distinct().Count(), Is.EqualTo(50));
            Assert.That(listed!.Value!.Select(m => m.Id), Is.EquivalentTo(created.Select(d => d!.Id)));
        });
    }

    [Test]
    public async Task ConcurrentEditsToDifferentDraftsAreAllKept()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var messages = graph.Client.Users[graph.UserId].Messages;
        var drafts = new List<Message>();
        for (var i = 0; i < 20; i++)
        {
            drafts.Add((await messages.PostAsync(NewDraft($"Draft {i}")))!);
        }

        await Task.WhenAll(drafts.Select((d, i) => Task.Run(async () =>
        {
            await messages[d.Id].PatchAsync(new Message { Subject = $"Edited {i}" });
            if (i % 2 == 0)
            {
                await messages[d.Id].DeleteAsync();
            }
        })));

        Assert.That(emulator.Mailbox.Drafts.Select(d => d.Json["subject"]!.ToString()),
            Is.EquivalentTo(Enumerable.Range(0, 20).Where(i => i % 2 == 1).Select(i => $"Edited {i}")));
    }

    [Test]
    public async Task MessagesCanBeReadByIdFromEveryFolderWithSelect()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var messages = graph.Client.Users[graph.UserId].Messages;
        var draft = await messages.PostAsync(NewDraft("Checking in"));

        var received = await messages[emulator.Mailbox.Inbox[0].Id].GetAsync(rc => rc.QueryParameters.Select = ["subject"]);
        var sent = await messages[emulator.Mailbox.SentItems[0].Id].GetAsync();
        var drafted = await graph.Client.Me.Messages[draft!.Id].GetAsync(rc => rc.QueryParameters.Select = ["isDraft", "webLink"]);
        var badSelect = Assert.ThrowsAsync<ODataError>(() => messages[draft.Id].GetAsync(rc => rc.QueryParameters.Select = ["colour"]));

        Assert.Multiple(() =>
        {
            Assert.That(received!.Subject, Is.EqualTo(emulator.Mailbox.Inbox[0].Json["subject"]!.ToString()));
            Assert.That(received.From, Is.Null, "only what $select asks for");
            Assert.That(sent!.From!.EmailAddress!.Address, Is.EqualTo(MailboxFolderBuilder.RepAddress));
            Assert.That(drafted!.IsDraft, Is.True);
            Assert.That(drafted.Subject, Is.Null);
            Assert.That(badSelect!.ResponseStatusCode, Is.EqualTo(400));
        });
    }

    [Test]
    public async Task DraftsSnapshotDoesNotChangeWithLaterWrites()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var draft = await graph.Client.Users[graph.UserId].Messages.PostAsync(NewDraft("Checking in"));

        var snapshot = emulator.Mailbox.Drafts;
        snapshot[0].Json["subject"] = "Changed through the snapshot";
        await graph.Client.Users[graph.UserId].Messages[draft!.Id].PatchAsync(new Message { Subject = "Edited" });

        Assert.Multiple(() =>
        {
            Assert.That(snapshot[0].Json["subject"]!.ToString(), Is.EqualTo("Changed through the snapshot"));
            Assert.That(emulator.Mailbox.Drafts[0].Json["subject"]!.ToString(), Is.EqualTo("Edited"));
        });
    }
}
