using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Platform;
using static OutlookReferral.Tests.Emulator.CalendarFiles;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The emulator as unreliable as a busy Graph (chaos mode), and as strict about who organised a meeting.</summary>
public class GraphChaosTests
{
    private static readonly DateTimeOffset Now = EmulatedGraph.Now;

    private static GraphEmulator Emulator(int filler = 10, Action<string>? edit = null)
    {
        var folder = new MailboxFolderBuilder().Filler(filler, Now.AddDays(-30), Now.AddDays(-1)).Write(Now);
        edit?.Invoke(folder);
        return new GraphEmulator(MailboxFolder.Load(folder));
    }

    private static HttpClient Raw(HttpMessageHandler handler) => new(handler, disposeHandler: false);

    [TestCase(429, "TooManyRequests")]
    [TestCase(503, "ServiceNotAvailable")]
    public async Task AThrottledAnswerNamesItsWaitAndUsesGraphsErrorShape(int status, string code)
    {
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = 1, Faults = [status], RetryAfterSeconds = 2 });
        using var http = Raw(chaos.InFrontOf(Emulator()));

        var response = await http.GetAsync($"{DemoGraphFactory.BaseUrl}/me");
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Headers.GetValues("Retry-After"), Is.EqualTo(new[] { "2" }));
            Assert.That((string?)error["code"], Is.EqualTo(code));
            Assert.That((string?)error["innerError"]!["request-id"], Is.Not.Empty);
        });
    }

    [Test]
    public async Task OnlyALargePageTimesOut()
    {
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = 1, Faults = [504], LargePageSize = 100 });
        using var http = Raw(chaos.InFrontOf(Emulator()));
        var page = $"{DemoGraphFactory.BaseUrl}/me/mailFolders/inbox/messages?%24top=";

        var large = await http.GetAsync(page + "500");
        var small = await http.GetAsync(page + "100");

        Assert.Multiple(() =>
        {
            Assert.That(large.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
            Assert.That(small.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task ATimedOutPageIsAskedForAgainSmallerAndEveryMessageIsRead()
    {
        // Every page over 100 messages times out: the scan must come down to 62 and still read everything.
        var emulator = Emulator(filler: 300);
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = 1, Faults = [504], LargePageSize = 100 });
        using var graph = RepGraph.Create(chaos.InFrontOf(emulator), new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);

        var read = await MailboxReader.ReadMessagesAsync(graph, Now.AddDays(-120), 500, _ => true, _ => { }, CancellationToken.None);
        var pages = emulator.Requests.Where(r => r.Contains("/messages?", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(read.MessagesRead, Is.EqualTo(300));
            Assert.That(read.Messages.Select(m => m.Id).Distinct().Count(), Is.EqualTo(300));
            Assert.That(chaos.Faults, Is.EqualTo(6), "500, 250 and 125 time out, once per folder");
            Assert.That(pages, Has.All.Contain("top=62"));
        });
    }

    [Test]
    public async Task ARequestOutlastsThrottlingBeyondTheSdksDefaultThreeRetries()
    {
        var emulator = Emulator();
        var mostFaults = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            var chaos = new GraphChaos(new ChaosOptions { FailureRate = 0.6, Seed = seed, Faults = [429, 503], RetryAfterSeconds = 0 });
            using var graph = RepGraph.Create(chaos.InFrontOf(emulator), new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);

            var profile = await MailboxReader.ReadProfileAsync(graph, CancellationToken.None);

            Assert.That(profile.Addresses, Does.Contain(MailboxFolderBuilder.RepAddress), $"seed {seed}");
            mostFaults = Math.Max(mostFaults, chaos.Faults);
        }
        Assert.That(mostFaults, Is.GreaterThan(3), "some seed failed one request more often than the SDK's default retries allow");
    }

    [Test]
    public void GraphStayingBusyEndsInAFailureThatNamesGraphsError()
    {
        var emulator = Emulator();
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = 1, Faults = [503], RetryAfterSeconds = 0 });
        using var graph = RepGraph.Create(chaos.InFrontOf(emulator), new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);

        var failure = Assert.CatchAsync(() => MailboxReader.ReadProfileAsync(graph, CancellationToken.None));
        var problem = GraphFailure.Of(failure!);

        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Not.Null);
            Assert.That(problem!.Status, Is.EqualTo(503));
            Assert.That(problem.Code, Is.EqualTo("ServiceNotAvailable"));
            Assert.That(problem.IsBusy);
            Assert.That(chaos.Faults, Is.EqualTo(GraphRetry.MaxRetries + 1));
        });
    }

    [Test]
    public void AWaitLongerThanTheRetryLimitIsPassedOnAtOnceWithGraphsRetryAfter()
    {
        var emulator = Emulator();
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = 1, Faults = [429], RetryAfterSeconds = 120 });
        using var graph = RepGraph.Create(chaos.InFrontOf(emulator), new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);

        var failure = Assert.CatchAsync(() => MailboxReader.ReadProfileAsync(graph, CancellationToken.None));
        var problem = GraphFailure.Of(failure!);

        Assert.Multiple(() =>
        {
            Assert.That(chaos.Faults, Is.EqualTo(1), "no two-minute wait inside one request");
            Assert.That(problem!.Status, Is.EqualTo(429));
            Assert.That(problem.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(120)), "the caller is told how long Graph asked for");
        });
    }

    [Test]
    public void AMeetingSomeoneElseOrganisedIsRefusedWith403()
    {
        const string url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_theirs%40thread.v2/0";
        var theirs = Meeting("meeting-theirs", url);
        theirs["participants"] = new JsonObject
        {
            ["organizer"] = new JsonObject { ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "someone-else" } } },
        };
        var (graph, _) = EmulatedGraph.Connect(edit: WithMeetings(theirs));
        var meetings = graph.Client.Users[graph.UserId].OnlineMeetings;

        var byUrl = Assert.ThrowsAsync<ODataError>(() => meetings.GetAsync(rc => rc.QueryParameters.Filter = $"JoinWebUrl eq '{url}'"));
        var byId = Assert.ThrowsAsync<ODataError>(() => meetings["meeting-theirs"].AttendanceReports.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(byUrl!.ResponseStatusCode, Is.EqualTo(403));
            Assert.That(byUrl.Error!.Code, Is.EqualTo("Forbidden"));
            Assert.That(byId!.ResponseStatusCode, Is.EqualTo(403));
        });
    }
}
