using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Meetings;

/// <summary>A failure that belongs to one meeting leaves that meeting unconfirmed, with its reason; the rest of the scan completes.</summary>
public class AttendanceRefusalTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Rep = MailboxFolderBuilder.RepAddress;

    /// <summary>Three prospects, each with a Teams meeting; Lee's was set up by a colleague, so Graph refuses it (403).</summary>
    private static string ThreeMeetings()
    {
        var b = new MailboxFolderBuilder();
        foreach (var (name, address, day) in new[] { ("Kim", "kim@fabrikam.com", 2), ("Lee", "lee@wingtip.com", 3), ("Max", "max@relecloud.com", 4) })
        {
            var start = Now.AddDays(-day);
            var url = $"https://teams.example/meet/{name}";
            b.Referral(name, address, "George Smith", "george@adatum.com", Now.AddDays(-20))
                .Sent(Now.AddDays(-10), $"George Smith suggested we connect, {name}", address)
                .Event($"ev-{name}", start, 30, $"Intro call with {name}", [address], joinUrl: url)
                .Attendance(url, start, 30, name == "Max" ? [Rep, address] : [Rep]);
        }
        var folder = b.Write(Now);
        var path = Path.Combine(folder, "onlineMeetings.json");
        var meetings = JsonNode.Parse(File.ReadAllText(path))!;
        meetings["value"]![1]!["participants"] = new JsonObject
        {
            ["organizer"] = new JsonObject { ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "a-colleague" } } },
        };
        File.WriteAllText(path, meetings.ToJsonString());
        return folder;
    }

    [Test]
    public async Task A403OnOneMeetingLeavesItUnconfirmedWithItsReasonAndTheOthersJudged()
    {
        await using var factory = new ApiFactory(ThreeMeetings());
        var client = factory.CreateClient();

        var scan = await client.PostAsync("/api/scan", null);
        var meetings = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.ToDictionary(m => (string)m!["eventId"]!, m => m!);
        var referrals = (await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray()
            .ToDictionary(r => (string)r!["prospect"]!["name"]!, r => r!);

        Assert.Multiple(async () =>
        {
            Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scan.Content.ReadAsStringAsync());
            Assert.That((string?)meetings["ev-Lee"]["outcome"], Is.EqualTo("unconfirmed"));
            Assert.That((string?)meetings["ev-Lee"]["note"], Is.EqualTo("Attendance not available: organised by someone else."));
            Assert.That((string?)meetings["ev-Kim"]["outcome"], Is.EqualTo("no-show"));
            Assert.That((string?)meetings["ev-Kim"]["note"], Is.Null);
            Assert.That((string?)meetings["ev-Max"]["outcome"], Is.EqualTo("attended"));
            Assert.That((string?)referrals["Kim"]["state"], Is.EqualTo("no-show"));
            Assert.That((string?)referrals["Lee"]["state"], Is.EqualTo("quiet"), "Lee's mail was still read");
            Assert.That((string?)referrals["Max"]["state"], Is.EqualTo("replied"));
        });
    }

    [Test]
    public async Task TheScanCommandPrintsTheReason()
    {
        var (code, stdout, stderr) = await ChildProcess.RunAsync("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "OutlookReferral.Api.dll"), "scan", "--mailbox", ThreeMeetings()]);

        var lee = JsonNode.Parse(stdout)!["referrals"]!.AsArray().Single(r => (string?)r!["prospect"] == "lee@wingtip.com")!;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, stderr);
            Assert.That(lee["unconfirmedMeetings"]!.ToJsonString(), Does.Contain("\"note\":\"Attendance not available: organised by someone else.\""));
        });
    }

    [Test]
    public async Task TheRefusedMeetingIsAskedAboutAgainOnTheNextScan()
    {
        // Consent or an access policy may arrive later: a refusal is not remembered as an answer.
        await using var factory = new ApiFactory(ThreeMeetings());
        var client = factory.CreateClient();
        await client.PostAsync("/api/scan", null);
        var before = factory.Emulator.Requests.Count(r => r.Contains("onlineMeetings?", StringComparison.Ordinal));

        await client.PostAsync("/api/scan", null);
        var after = factory.Emulator.Requests.Count(r => r.Contains("onlineMeetings?", StringComparison.Ordinal));

        Assert.That(after - before, Is.EqualTo(1), "only Lee's meeting is looked up again");
    }
}
