using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The real Graph SDK against the emulator: what the API sends is honoured, what it does not support fails loudly.</summary>
public class GraphEmulatorTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    private static (RepGraph Graph, GraphEmulator Emulator) Connect(int filler = 30)
    {
        var folder = new MailboxFolderBuilder().Filler(filler, Now.AddDays(-60), Now.AddDays(-1)).Write(Now);
        var mailbox = MailboxFolder.Load(folder);
        var emulator = new GraphEmulator(mailbox);
        return (RepGraph.Create(emulator, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, mailbox.UserId), emulator);
    }

    [Test]
    public async Task SelectReturnsOnlyTheFieldsAskedForPlusId()
    {
        var (graph, _) = Connect();

        var page = await graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages.GetAsync(rc =>
            rc.QueryParameters.Select = ["subject"]);

        var first = page!.Value![0];
        Assert.Multiple(() =>
        {
            Assert.That(first.Id, Is.Not.Null);
            Assert.That(first.Subject, Does.StartWith("Weekly update"));
            Assert.That(first.From, Is.Null);
            Assert.That(first.ReceivedDateTime, Is.Null);
        });
    }

    [Test]
    public async Task HeadersComeBackOnlyWhenSelected()
    {
        var (graph, _) = Connect();
        var folder = graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages;

        var plain = await folder.GetAsync();
        var selected = await folder.GetAsync(rc => rc.QueryParameters.Select = ["internetMessageHeaders"]);

        Assert.Multiple(() =>
        {
            Assert.That(plain!.Value!.Select(m => m.InternetMessageHeaders), Is.All.Null);
            Assert.That(selected!.Value!.Select(m => m.InternetMessageHeaders), Is.All.Not.Null);
        });
    }

    [Test]
    public async Task FilterOrderByAndPagingFollowGraph()
    {
        var (graph, emulator) = Connect(filler: 40);
        var since = Now.AddDays(-30);
        var first = await graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"receivedDateTime ge {since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
            rc.QueryParameters.Top = 3;
        });
        var all = new List<Message>();
        var pages = Microsoft.Graph.PageIterator<Message, MessageCollectionResponse>.CreatePageIterator(graph.Client, first!, m =>
        {
            all.Add(m);
            return true;
        });
        await pages.IterateAsync();

        var received = all.Select(m => m.ReceivedDateTime!.Value).ToList();
        var expected = emulator.Mailbox.Inbox.Count(m => m.Received >= since);
        Assert.Multiple(() =>
        {
            Assert.That(first!.OdataNextLink, Does.Contain("skip=3"));
            Assert.That(received, Is.Ordered.Descending);
            Assert.That(received, Is.All.GreaterThanOrEqualTo(since));
            Assert.That(expected, Is.InRange(5, 15), "the filter leaves some out, keeps several pages");
            Assert.That(all, Has.Count.EqualTo(expected));
            Assert.That(emulator.Requests, Has.Count.EqualTo((expected + 2) / 3), "one request per page of 3");
        });
    }

    [Test]
    public void OrderByNotLeadingTheFilterIsInefficientFilter()
    {
        var (graph, _) = Connect();

        var error = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "sentDateTime ge 2026-01-01T00:00:00Z";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
        }));

        Assert.That(error!.Error!.Code, Is.EqualTo("InefficientFilter"));
    }

    [TestCase(0)]
    [TestCase(1001)]
    public void TopOutsideOneToAThousandIsRefused(int top)
    {
        var (graph, _) = Connect();

        var error = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages.GetAsync(rc =>
            rc.QueryParameters.Top = top));

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
    }

    [Test]
    public void UnsupportedFilterAndSelectAndRoutesFailLoudly()
    {
        var (graph, _) = Connect();
        var messages = graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages;

        var filter = Assert.ThrowsAsync<ODataError>(() => messages.GetAsync(rc => rc.QueryParameters.Filter = "startswith(subject,'Re')"));
        var select = Assert.ThrowsAsync<ODataError>(() => messages.GetAsync(rc => rc.QueryParameters.Select = ["colour"]));
        var route = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users[graph.UserId].Contacts.GetAsync());
        var otherUser = Assert.ThrowsAsync<ODataError>(() => graph.Client.Users["someone-else"].GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(filter!.Error!.Code, Is.EqualTo("ErrorInvalidUrlQueryFilter"));
            Assert.That(select!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(route!.Error!.Message, Does.Contain("does not support"));
            Assert.That(otherUser!.ResponseStatusCode, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task MeAndUsersByIdAreTheSameMailbox()
    {
        var (graph, _) = Connect();

        var me = await graph.Client.Me.GetAsync(rc => rc.QueryParameters.Select = ["displayName", "mail"]);
        var byId = await graph.Client.Users[graph.UserId].GetAsync();
        var byUpn = await graph.Client.Users[MailboxFolderBuilder.RepAddress].GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(me!.Mail, Is.EqualTo(MailboxFolderBuilder.RepAddress));
            Assert.That(byId!.Id, Is.EqualTo(me.Id));
            Assert.That(byUpn!.DisplayName, Is.EqualTo("Sam Rivera"));
        });
    }
}
