using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Tests.FollowUps;
using OutlookReferral.Tests.Platform;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The emulator's /subscriptions as strict as Graph's, through the real SDK: handshake, bounds, renewal, delivery.</summary>
public sealed class SubscriptionTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Hook = "http://127.0.0.1:5999/api/notifications";

    private static readonly WebhookFaults Reliable = new() { DuplicateRate = 0, MaxDelay = TimeSpan.Zero, RetryAfter = TimeSpan.FromMilliseconds(50) };

    private static (RepGraph Graph, GraphEmulator Emulator, ManualClock Clock) Connect(WebhookReceiver receiver, WebhookFaults? faults = null)
    {
        var folder = new MailboxFolderBuilder().Filler(5, Now.AddDays(-10), Now.AddDays(-1)).Write(Now);
        var clock = new ManualClock(Now);
        var emulator = new GraphEmulator(MailboxFolder.Load(folder), clock, receiver, faults ?? Reliable);
        Directory.Delete(folder, recursive: true);
        return (RepGraph.Create(emulator, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId), emulator, clock);
    }

    private static Subscription Inbox(string userId, DateTimeOffset expiry, string url = Hook, string? clientState = "s3cret") => new()
    {
        ChangeType = "created",
        Resource = $"/users/{userId}/mailFolders('inbox')/messages",
        NotificationUrl = url,
        ExpirationDateTime = expiry,
        ClientState = clientState,
    };

    private static HttpResponseMessage Text(string text, string type = "text/plain") =>
        new(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, type) };

    private static string TokenOf(HttpRequestMessage request) => HttpUtility.ParseQueryString(request.RequestUri!.Query)["validationToken"] ?? "";

    public static IEnumerable<TestCaseData> BadEchoes()
    {
        yield return new TestCaseData(new Func<HttpRequestMessage, string, HttpResponseMessage>((_, _) => Text(""))).SetName("An empty 200 is no echo");
        yield return new TestCaseData(new Func<HttpRequestMessage, string, HttpResponseMessage>((r, _) => Text(TokenOf(r), "application/json"))).SetName("The token as JSON is refused");
        yield return new TestCaseData(new Func<HttpRequestMessage, string, HttpResponseMessage>((r, _) => Text(Uri.EscapeDataString(TokenOf(r))))).SetName("The token still URL-encoded is refused");
        yield return new TestCaseData(new Func<HttpRequestMessage, string, HttpResponseMessage>((_, _) => new HttpResponseMessage(HttpStatusCode.Accepted))).SetName("A 202 to the handshake is refused");
        yield return new TestCaseData(new Func<HttpRequestMessage, string, HttpResponseMessage>((_, _) => throw new HttpRequestException("refused"))).SetName("An unreachable endpoint is refused");
    }

    [TestCaseSource(nameof(BadEchoes))]
    public void NoSubscriptionWithoutTheValidationEcho(Func<HttpRequestMessage, string, HttpResponseMessage> answer)
    {
        var (graph, emulator, _) = Connect(new WebhookReceiver(answer));
        var error = Assert.ThrowsAsync<ODataError>(() => graph.Client.Subscriptions.PostAsync(Inbox(emulator.Mailbox.UserId, Now.AddDays(2))));
        Assert.Multiple(() =>
        {
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(error.Error?.Code, Is.EqualTo("ValidationError"));
            Assert.That(emulator.Subscriptions.Ids, Is.Empty);
        });
    }

    [Test]
    public async Task TheEchoedTokenMakesTheSubscription()
    {
        var receiver = new WebhookReceiver();
        var (graph, emulator, _) = Connect(receiver);
        var made = await graph.Client.Subscriptions.PostAsync(Inbox(emulator.Mailbox.UserId, Now.AddDays(2)));
        var (url, _) = receiver.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(made!.Id, Is.EqualTo(emulator.Subscriptions.Ids.Single()));
            Assert.That(made.ExpirationDateTime, Is.EqualTo(Now.AddDays(2)));
            Assert.That(url.Query, Does.StartWith("?validationToken="), "Graph posts the token in the query string");
            Assert.That(TokenOf(new HttpRequestMessage(HttpMethod.Post, url)), Does.Contain(" "), "a token that only a decoding receiver echoes right");
        });
    }

    public static IEnumerable<TestCaseData> RefusedRequests()
    {
        yield return new TestCaseData((Action<Subscription>)(s => s.ExpirationDateTime = Now.AddMinutes(4231)), "ExtensionError").SetName("Past 4230 minutes is refused");
        yield return new TestCaseData((Action<Subscription>)(s => s.ExpirationDateTime = Now.AddMinutes(-1)), "ExtensionError").SetName("An expiry in the past is refused");
        yield return new TestCaseData((Action<Subscription>)(s => s.NotificationUrl = "http://hooks.contoso.com/api/notifications"), "ValidationError").SetName("Plain http off this machine is refused");
        yield return new TestCaseData((Action<Subscription>)(s => s.Resource = "/users/someone-else/mailFolders('inbox')/messages"), "Request_ResourceNotFound").SetName("Another user's mailbox is not found");
        yield return new TestCaseData((Action<Subscription>)(s => s.Resource = "/me/events"), "InvalidRequest").SetName("A resource the emulator does not notify is refused");
        yield return new TestCaseData((Action<Subscription>)(s => s.ChangeType = "created,read"), "InvalidRequest").SetName("An unknown change type is refused");
        yield return new TestCaseData((Action<Subscription>)(s => s.ClientState = new string('x', 129)), "InvalidRequest").SetName("A clientState over 128 characters is refused");
    }

    [TestCaseSource(nameof(RefusedRequests))]
    public void RequestsGraphRefusesAreRefused(Action<Subscription> spoil, string code)
    {
        var receiver = new WebhookReceiver();
        var (graph, emulator, _) = Connect(receiver);
        var request = Inbox(emulator.Mailbox.UserId, Now.AddDays(2));
        spoil(request);
        var error = Assert.ThrowsAsync<ODataError>(() => graph.Client.Subscriptions.PostAsync(request));
        Assert.Multiple(() =>
        {
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(code == "Request_ResourceNotFound" ? 404 : 400));
            Assert.That(error.Error?.Code, Is.EqualTo(code));
            Assert.That(receiver.Received, Is.Empty, "refused before any handshake");
        });
    }

    [Test]
    public async Task AShortLifetimeIsRaisedTo45MinutesAndRenewalMovesTheExpiry()
    {
        var (graph, emulator, clock) = Connect(new WebhookReceiver());
        var made = await graph.Client.Subscriptions.PostAsync(Inbox(emulator.Mailbox.UserId, Now.AddMinutes(10)));
        clock.Now += TimeSpan.FromMinutes(30);
        var renewed = await graph.Client.Subscriptions[made!.Id].PatchAsync(new Subscription { ExpirationDateTime = Now.AddDays(2) });
        var tooFar = Assert.ThrowsAsync<ODataError>(() => graph.Client.Subscriptions[made.Id].PatchAsync(new Subscription { ExpirationDateTime = Now.AddDays(4) }));
        Assert.Multiple(() =>
        {
            Assert.That(made.ExpirationDateTime, Is.EqualTo(Now.AddMinutes(45)));
            Assert.That(renewed!.ExpirationDateTime, Is.EqualTo(Now.AddDays(2)));
            Assert.That(emulator.Subscriptions.ExpiryOf(made.Id!), Is.EqualTo(Now.AddDays(2)));
            Assert.That(tooFar!.Error?.Code, Is.EqualTo("ExtensionError"));
        });
    }

    [Test]
    public async Task ADeletedOrExpiredSubscriptionIsGone()
    {
        var (graph, emulator, clock) = Connect(new WebhookReceiver());
        var deleted = await graph.Client.Subscriptions.PostAsync(Inbox(emulator.Mailbox.UserId, Now.AddDays(2)));
        var expiring = await graph.Client.Subscriptions.PostAsync(Inbox(emulator.Mailbox.UserId, Now.AddHours(1)));
        await graph.Client.Subscriptions[deleted!.Id].DeleteAsync();
        clock.Now += TimeSpan.FromHours(2);
        var gone = Assert.ThrowsAsync<ODataError>(() => graph.Client.Subscriptions[deleted.Id].GetAsync());
        var expired = Assert.ThrowsAsync<ODataError>(() => graph.Client.Subscriptions[expiring!.Id].PatchAsync(new Subscription { ExpirationDateTime = Now.AddDays(1) }));
        Assert.Multiple(() =>
        {
            Assert.That(gone!.ResponseStatusCode, Is.EqualTo(404));
            Assert.That(expired!.ResponseStatusCode, Is.EqualTo(404), "not renewed in time: Graph deleted it");
            Assert.That(emulator.Subscriptions.Ids, Is.Empty);
        });
    }

    [Test]
    public async Task NewMailInTheFolderIsNotifiedWithTheClientState()
    {
        var receiver = new WebhookReceiver();
        var (graph, emulator, _) = Connect(receiver);
        var made = await graph.Client.Subscriptions.PostAsync(Inbox(emulator.Mailbox.UserId, Now.AddDays(2)));
        emulator.Mailbox.Deliver("sentitems", DeltaScanRig.Message("AAMkSent1=", Now, "Not the inbox", MailboxFolderBuilder.RepAddress, ["kim@fabrikam.com"]));
        emulator.Mailbox.Deliver("inbox", DeltaScanRig.Message("AAMkNew1=", Now, "Hello", "kim@fabrikam.com", [MailboxFolderBuilder.RepAddress]));
        await Until(() => emulator.Subscriptions.Posts.Count >= 1);
        await Task.Delay(300);

        var notifications = receiver.Received.Where(r => r.Body.Length > 0).Select(r => JsonNode.Parse(r.Body)!["value"]!.AsArray().Single()!).ToList();
        var notification = notifications.Single();
        Assert.Multiple(() =>
        {
            Assert.That((string?)notification["subscriptionId"], Is.EqualTo(made!.Id));
            Assert.That((string?)notification["clientState"], Is.EqualTo("s3cret"));
            Assert.That((string?)notification["changeType"], Is.EqualTo("created"));
            Assert.That((string?)notification["resourceData"]!["id"], Is.EqualTo("AAMkNew1="));
            Assert.That((string?)notification["tenantId"], Is.EqualTo(emulator.Subscriptions.TenantId));
        });
    }

    [Test]
    public async Task AFailingReceiverIsTriedAgainAndDuplicatesHappen()
    {
        var failures = 1;
        var receiver = new WebhookReceiver((request, body) => body.Length > 0 && Interlocked.Decrement(ref failures) >= 0
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : WebhookReceiver.Correct(request, body));
        var (graph, emulator, _) = Connect(receiver, new WebhookFaults { DuplicateRate = 1, MaxDelay = TimeSpan.Zero, RetryAfter = TimeSpan.FromMilliseconds(50) });
        var made = await graph.Client.Subscriptions.PostAsync(Inbox(emulator.Mailbox.UserId, Now.AddDays(2)));
        emulator.Mailbox.Deliver("inbox", DeltaScanRig.Message("AAMkNew1=", Now, "Hello", "kim@fabrikam.com", [MailboxFolderBuilder.RepAddress]));
        await Until(() => emulator.Subscriptions.Posts.Count >= 3);

        Assert.That(emulator.Subscriptions.Posts, Is.EqualTo(new[] { $"{made!.Id} created 503", $"{made.Id} created 202", $"{made.Id} created 202" }),
            "resent after a 503, then sent once more: at least once, not exactly once");
    }

    private static async Task Until(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.That(done(), "waited 30 s");
    }
}
