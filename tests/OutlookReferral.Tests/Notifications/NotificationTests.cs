using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Notifications;
using OutlookReferral.Tests.FollowUps;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Notifications;

/// <summary>
/// Graph change notifications end to end: the API subscribes the rep (the emulator's handshake reaches the real
/// webhook over loopback HTTP), the emulator posts on new mail, and Quartz runs the rep's rescan.
/// </summary>
public sealed class NotificationTests
{
    private static readonly DateTimeOffset Now = NotificationRig.Now;

    private static JsonObject Reply(string id, string subject = "Re: Referred by George Smith") =>
        DeltaScanRig.Message(id, Now.AddHours(-1), subject, NotificationRig.Prospect, [MailboxFolderBuilder.RepAddress], preview: "Happy to talk.");

    [Test]
    public async Task NewMailRescansTheRepWithinSeconds()
    {
        await using var rig = await NotificationRig.StartAsync();
        (await rig.Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        Assert.That(await rig.ProspectStateAsync(), Is.EqualTo("quiet"));

        rig.Emulator.Mailbox.Deliver("inbox", Reply("AAMkReply1="));

        await rig.UntilAsync(() => !rig.Rescans.IsEmpty, "a rescan on the notification");
        await rig.UntilAsync(async () => await rig.ProspectStateAsync() == "replied", "the reply found without anyone asking for a scan");
        Assert.That(rig.Rescans, Has.All.EqualTo(RescanDebouncer.KeyOf(rig.Rep).Name));
    }

    [Test]
    public async Task ABurstOfNewMailMakesOneRescan()
    {
        // Every notification sent twice, as Graph may: twenty notifications, one scan.
        var faults = new WebhookFaults { DuplicateRate = 1, MaxDelay = TimeSpan.FromMilliseconds(500) };
        await using var rig = await NotificationRig.StartAsync(debounceSeconds: 4, faults: faults);
        for (var i = 0; i < 10; i++)
        {
            rig.Emulator.Mailbox.Deliver("inbox", Reply($"AAMkBurst{i}=", $"Re: Referred by George Smith ({i})"));
        }

        await rig.UntilAsync(() => rig.Emulator.Subscriptions.Posts.Count(p => p.EndsWith(" 202", StringComparison.Ordinal)) >= 20, "every notification accepted");
        await rig.UntilAsync(() => !rig.Rescans.IsEmpty, "the rescan");
        // Long enough for a second trigger, had the burst made one, to fire and finish.
        await Task.Delay(TimeSpan.FromSeconds(6));

        TestContext.Out.WriteLine($"{rig.Emulator.Subscriptions.Posts.Count} notification posts, {rig.Rescans.Count} rescan(s)");
        Assert.That(rig.Rescans, Has.Count.EqualTo(1));
        Assert.That(await rig.ProspectStateAsync(), Is.EqualTo("replied"));
    }

    [Test]
    public async Task ANotificationWithoutTheRightClientStateIsIgnored()
    {
        await using var rig = await NotificationRig.StartAsync();
        var stored = (await rig.StoredAsync())!;
        var forged = new[]
        {
            NotificationRig.Notification(stored.SubscriptionId, "guessed", NotificationRig.DemoTenant, rig.Rep.UserId),
            NotificationRig.Notification(stored.SubscriptionId, null, NotificationRig.DemoTenant, rig.Rep.UserId),
            NotificationRig.Notification(stored.SubscriptionId, stored.ClientState, "another-tenant", rig.Rep.UserId),
            NotificationRig.Notification(Guid.NewGuid().ToString(), stored.ClientState, NotificationRig.DemoTenant, rig.Rep.UserId),
        };
        foreach (var notification in forged)
        {
            var answer = await rig.Client.PostAsJsonAsync("/api/notifications", notification);
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "answered 2xx, so Graph does not resend it, and ignored");
        }
        Assert.That(await rig.RescanAskedAsync(rig.Rep), Is.False, "no forged notification asks for a scan");

        // The same request with the subscription's own clientState does: the check above is what stopped them.
        await rig.Client.PostAsJsonAsync("/api/notifications", NotificationRig.Notification(stored.SubscriptionId, stored.ClientState, NotificationRig.DemoTenant, rig.Rep.UserId));
        await rig.UntilAsync(() => !rig.Rescans.IsEmpty, "the genuine notification's rescan");
    }

    [Test]
    public async Task ANotificationRescansOnlyItsSubscriptionsRep()
    {
        await using var rig = await NotificationRig.StartAsync();
        var mine = (await rig.StoredAsync())!;
        var other = new RepId("tenant-b", "user-b");
        await rig.Api.Services.GetRequiredService<RepRegistry>().SeenAsync(other);
        await rig.Api.Services.GetRequiredService<SubscriptionStore>().AddAsync(new MailSubscription(other, "sub-b", "secret-b", Now.AddDays(2)), default);

        // Crossed secrets are refused both ways; the resource naming the demo rep's mailbox counts for nothing.
        await rig.Client.PostAsJsonAsync("/api/notifications", NotificationRig.Notification("sub-b", mine.ClientState, "tenant-b", rig.Rep.UserId));
        await rig.Client.PostAsJsonAsync("/api/notifications", NotificationRig.Notification(mine.SubscriptionId, "secret-b", NotificationRig.DemoTenant, "user-b"));
        await rig.Client.PostAsJsonAsync("/api/notifications", NotificationRig.Notification("sub-b", "secret-b", "tenant-b", rig.Rep.UserId));

        await rig.UntilAsync(() => !rig.Rescans.IsEmpty, "the other rep's rescan");
        Assert.Multiple(async () =>
        {
            Assert.That(await rig.RescanAskedAsync(rig.Rep), Is.False, "the demo rep's scan was never asked for");
            Assert.That(rig.Rescans, Is.EqualTo(new[] { RescanDebouncer.KeyOf(other).Name }));
        });
    }

    [Test]
    public async Task TheSweepRenewsASubscriptionBeforeItExpires()
    {
        await using var rig = await NotificationRig.StartAsync();
        var id = rig.SubscriptionId;
        var before = rig.Emulator.Subscriptions.ExpiryOf(id)!.Value;
        Assert.That(before, Is.EqualTo(Now.AddMinutes(4200)), "asked for Notifications:LifetimeMinutes");

        // Into the last 12 hours (Notifications:RenewBeforeMinutes) of its life.
        rig.Advance(TimeSpan.FromMinutes(4200 - 700));

        await rig.UntilAsync(() => rig.Emulator.Subscriptions.ExpiryOf(id) > before, "Graph's expiry moved on by the sweep job");
        var after = rig.Emulator.Subscriptions.ExpiryOf(id)!.Value;
        await rig.UntilAsync(async () => (await rig.StoredAsync())?.ExpiresAt == after, "the stored expiry follows");
        Assert.That(rig.SubscriptionId, Is.EqualTo(id), "renewed, not replaced");
    }

    [Test]
    public async Task ARemovedSubscriptionIsMadeAgainAndReauthorizationRenews()
    {
        await using var rig = await NotificationRig.StartAsync();
        var removed = rig.SubscriptionId;
        rig.Emulator.Subscriptions.Remove(removed);
        await rig.UntilAsync(() => rig.Emulator.Subscriptions.Ids.SingleOrDefault() is { } id && id != removed, "a new subscription after subscriptionRemoved");
        await rig.UntilAsync(async () => (await rig.StoredAsync())?.SubscriptionId == rig.SubscriptionId, "stored");

        var current = rig.SubscriptionId;
        var expiry = rig.Emulator.Subscriptions.ExpiryOf(current)!.Value;
        rig.Advance(TimeSpan.FromMinutes(10));
        rig.Emulator.Subscriptions.RequireReauthorization(current);
        await rig.UntilAsync(() => rig.Emulator.Subscriptions.ExpiryOf(current) > expiry, "renewed on reauthorizationRequired");
    }

    [Test]
    public async Task TheWebhookEchoesTheHandshakeAndRefusesBadBodies()
    {
        await using var rig = await NotificationRig.StartAsync();
        var echo = await rig.Client.PostAsync("/api/notifications?validationToken=Validation%3A%20a%20b%2Bc", new StringContent("", Encoding.UTF8, "text/plain"));
        var notJson = await rig.Client.PostAsync("/api/notifications", new StringContent("{\"value\":[", Encoding.UTF8, "application/json"));
        var empty = await rig.Client.PostAsJsonAsync("/api/notifications", new { value = Array.Empty<object>() });
        var noId = await rig.Client.PostAsJsonAsync("/api/notifications", new { value = new[] { new { clientState = "x", changeType = "created" } } });
        var badEvent = await rig.Client.PostAsJsonAsync("/api/notifications/lifecycle", new { value = new[] { new { subscriptionId = "x", lifecycleEvent = "boom" } } });
        var noIdProblem = await noId.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Multiple(async () =>
        {
            Assert.That(echo.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(echo.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(await echo.Content.ReadAsStringAsync(), Is.EqualTo("Validation: a b+c"), "URL-decoded");
            foreach (var bad in new[] { notJson, empty, noId, badEvent })
            {
                Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await bad.Content.ReadAsStringAsync());
                Assert.That(bad.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            }
            Assert.That(noIdProblem!["errors"]!.AsObject().Select(e => e.Key), Does.Contain("Value[0].SubscriptionId"));
        });
    }
}
