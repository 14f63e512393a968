using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>The API while Microsoft Graph is busy: 503 with Retry-After, never a 500, and the last complete results kept.</summary>
public class BusyGraphTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    private static string Mailbox() => new MailboxFolderBuilder()
        .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
        .Sent(Now.AddDays(-9), "Referred by George Smith", "kim@fabrikam.com")
        .Filler(40, Now.AddDays(-30), Now.AddDays(-1))
        .Write(Now);

    [Test]
    public async Task AScanWhileGraphIsBusyAnswers503AndKeepsTheLastCompleteResults()
    {
        await using var factory = new ApiFactory(Mailbox());
        var client = factory.CreateClient();
        Assert.That((await client.PostAsync("/api/scan", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var before = await client.GetFromJsonAsync<JsonObject>("/api/referrals");

        var chaos = factory.Services.GetRequiredService<GraphChaos>();
        chaos.Options.RetryAfterSeconds = 0;
        chaos.FailureRate = 1;
        factory.Advance(TimeSpan.FromDays(3));
        var busy = await client.PostAsync("/api/scan", null);
        var problem = await busy.Content.ReadFromJsonAsync<JsonObject>();
        var after = await client.GetFromJsonAsync<JsonObject>("/api/referrals");

        Assert.Multiple(() =>
        {
            Assert.That(busy.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(busy.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(busy.Headers.RetryAfter?.Delta, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
            Assert.That((string?)problem!["title"], Is.EqualTo("Microsoft 365 is busy"));
            Assert.That((string?)problem["detail"], Does.Contain("429 TooManyRequests").Or.Contain("503 ServiceNotAvailable"));
            Assert.That(after!.ToJsonString(), Is.EqualTo(before!.ToJsonString()), "no partial scan stored; the last results keep their time");
            Assert.That((DateTimeOffset?)after["lastScanAt"], Is.EqualTo(Now));
        });

        chaos.FailureRate = 0;
        var recovered = await client.PostAsync("/api/scan", null);
        var later = await client.GetFromJsonAsync<JsonObject>("/api/referrals");
        Assert.Multiple(() =>
        {
            Assert.That(recovered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((DateTimeOffset?)later!["lastScanAt"], Is.EqualTo(Now.AddDays(3)));
        });
    }

    [Test]
    public async Task AtTwentyPercentFailuresTheApiStoresWhatACleanScanStores()
    {
        var folder = Mailbox();
        await using var clean = new ApiFactory(folder);
        await using var busyFactory = new ApiFactory(folder);
        // The settings an operator would use.
        await using var busy = busyFactory.WithWebHostBuilder(b => b
            .UseSetting("Demo:Chaos:FailureRate", "0.2")
            .UseSetting("Demo:Chaos:Seed", "7")
            .UseSetting("Demo:Chaos:RetryAfterSeconds", "0"));
        var chaos = busy.Services.GetRequiredService<GraphChaos>();

        var cleanScan = await clean.CreateClient().PostAsync("/api/scan", null);
        var busyScan = await busy.CreateClient().PostAsync("/api/scan", null);

        Assert.Multiple(async () =>
        {
            Assert.That(busyScan.StatusCode, Is.EqualTo(HttpStatusCode.OK), await busyScan.Content.ReadAsStringAsync());
            Assert.That(Listed(await busy.CreateClient().GetFromJsonAsync<JsonObject>("/api/referrals")),
                Is.EqualTo(Listed(await clean.CreateClient().GetFromJsonAsync<JsonObject>("/api/referrals"))));
            Assert.That(chaos.Faults, Is.GreaterThan(0));
        });
    }

    // Referral ids are new per database: compare what was found about each prospect.
    private static string Listed(JsonObject? list) => string.Join('\n', list!["referrals"]!.AsArray()
        .Select(r => $"{r!["prospect"]!["address"]} {r["state"]} {r["silentDays"]} {r["nextStep"]} {r["lastTouch"]?["messageId"]}"));
}
