using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Meetings;

namespace OutlookReferral.Tests.DemoMailbox;

/// <summary>
/// The demo mailbox (api/DemoMailbox/demo), written by us in Graph's documented shapes, replayed through the emulator for
/// the other endpoints the product calls: each answer has every property of the API reference's example, and the
/// product reads it.
/// </summary>
public class DocumentedDemoShapesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "demo-mailbox");

    private static (GraphEmulator Emulator, RepGraph Graph, HttpClient Raw) Connect()
    {
        var mailbox = MailboxFolder.Load(Folder);
        var emulator = new GraphEmulator(mailbox);
        var graph = new DemoGraphFactory(emulator).For(new RepId("tenant", mailbox.UserId));
        return (emulator, graph, new HttpClient(emulator, disposeHandler: false) { BaseAddress = new Uri("https://graph.demo-mailbox.invalid") });
    }

    private static HashSet<string> Paths(JsonNode? node, string prefix = "")
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                paths.Add(path);
                paths.UnionWith(Paths(value, path));
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                paths.UnionWith(Paths(item, prefix + "[]"));
            }
        }
        return paths;
    }

    [Test]
    public async Task TheUserHasTheDocumentedDefaultPropertiesAndTheProductReadsTheRep()
    {
        var (_, graph, raw) = Connect();

        // user-get.md, example 1: the default property set.
        var me = await raw.GetFromJsonAsync<JsonObject>("/v1.0/me");
        var rep = await MailboxReader.ReadProfileAsync(graph, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Paths(me), Is.SupersetOf(new[]
            {
                "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage",
                "surname", "userPrincipalName", "id",
            }));
            Assert.That(rep.Owns((string)me!["mail"]!), Is.True);
        });
    }

    [Test]
    public async Task MessagesListedWithSelectHaveTheDocumentedShape()
    {
        var (_, _, raw) = Connect();

        // user-list-messages.md: GET /me/messages?$select=sender,subject.
        var page = await raw.GetFromJsonAsync<JsonObject>("/v1.0/me/mailFolders/inbox/messages?$select=sender,subject");

        var message = page!["value"]!.AsArray()[0];
        Assert.That(Paths(message), Is.SupersetOf(new[] { "id", "subject", "sender.emailAddress.name", "sender.emailAddress.address" }));
    }

    [Test]
    public async Task CalendarViewEventsHaveTheDocumentedPropertiesAndTheProductReadsThem()
    {
        var (emulator, graph, raw) = Connect();
        var now = emulator.Mailbox.CapturedAt!.Value;

        // user-list-calendarview.md and event-delta.md: the examples' properties, asked without $select
        // (delta refuses $select and returns what calendarView returns).
        var window = $"startDateTime={now.AddDays(-60):yyyy-MM-ddTHH:mm:ssZ}&endDateTime={now.AddDays(30):yyyy-MM-ddTHH:mm:ssZ}";
        var events = (await raw.GetFromJsonAsync<JsonObject>("/v1.0/me/calendarView?" + window))!["value"]!.AsArray();
        var delta = (await raw.GetFromJsonAsync<JsonObject>("/v1.0/me/calendarView/delta?" + window))!["value"]!.AsArray();
        var synced = await CalendarSync.SyncAsync(graph, null, now, new GraphOptions { WindowDays = 60, UpcomingDays = 30, PageSize = 50 }, CancellationToken.None);
        var meetings = synced.Between(now.AddDays(-60), now.AddDays(30)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.Not.Empty);
            Assert.That(delta, Is.Not.Empty);
            foreach (var e in events.Concat(delta))
            {
                Assert.That(Paths(e), Is.SupersetOf(new[]
                {
                    "originalStartTimeZone", "originalEndTimeZone", "responseStatus.response", "responseStatus.time", "iCalUId",
                    "reminderMinutesBeforeStart", "isReminderOn",
                }));
            }
            // The raw call got the first page; the product pages through them all and keeps the timed ones.
            Assert.That(meetings.Select(m => m.EventId),
                Is.SupersetOf(events.Where(e => (bool?)e!["isAllDay"] != true).Select(e => (string)e!["id"]!)));
            Assert.That(meetings.Where(m => m.JoinUrl is not null), Is.Not.Empty, "Teams meetings keep their join URL");
        });
    }

    [Test]
    public async Task GetScheduleAnswersTheDocumentedShape()
    {
        var (emulator, _, raw) = Connect();
        var now = emulator.Mailbox.CapturedAt!.Value;
        var mail = (string)emulator.Mailbox.Me["mail"]!;

        // calendar-getschedule.md: one scheduleInformation per schedule, with items and working hours.
        var response = await raw.PostAsJsonAsync("/v1.0/me/calendar/getSchedule", new
        {
            schedules = new[] { mail },
            startTime = new { dateTime = $"{now.AddDays(-30):yyyy-MM-ddTHH:mm:ss}", timeZone = "UTC" },
            endTime = new { dateTime = $"{now.AddDays(7):yyyy-MM-ddTHH:mm:ss}", timeZone = "UTC" },
            availabilityViewInterval = 60,
        });
        var schedule = (await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsArray().Single();

        Assert.That(Paths(schedule), Is.SupersetOf(new[]
        {
            "scheduleId", "availabilityView", "scheduleItems[].isPrivate", "scheduleItems[].status", "scheduleItems[].subject",
            "scheduleItems[].location", "scheduleItems[].start.dateTime", "scheduleItems[].start.timeZone", "scheduleItems[].end.dateTime",
            "workingHours.daysOfWeek", "workingHours.startTime", "workingHours.endTime", "workingHours.timeZone.name",
        }), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task TranslateExchangeIdsAnswersSourceAndTargetAndTheProductReadsIt()
    {
        var (emulator, graph, raw) = Connect();
        var restId = emulator.Mailbox.Inbox[0].Id;

        // user-translateexchangeids.md: convertIdResult with sourceId and targetId.
        var response = await raw.PostAsJsonAsync("/v1.0/me/translateExchangeIds",
            new { inputIds = new[] { restId }, sourceIdType = "restId", targetIdType = "ewsId" });
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsArray().Single();
        var back = await OutlookIds.TranslateItemIdAsync(graph, (string)result!["targetId"]!, Microsoft.Graph.Models.ExchangeIdFormat.EwsId, Microsoft.Graph.Models.ExchangeIdFormat.RestId, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Paths(result), Is.EquivalentTo(new[] { "sourceId", "targetId" }));
            Assert.That(back, Is.EqualTo(restId));
        });
    }
}
