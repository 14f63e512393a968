using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Emulator;

namespace OutlookReferral.Tests.Graph;

/// <summary>
/// Graph allows 4 concurrent requests per app and mailbox (../shared/reference/graph.md §4). Requests are held at
/// the emulator's door, so what is in flight there can be counted without racing the clock.
/// </summary>
public class MailboxConcurrencyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task NoMoreThanFourRequestsForOneMailboxAreInFlightWhateverTheNumberOfClients()
    {
        var (_, emulator) = EmulatedGraph.Connect();
        var door = new Door(emulator);
        var user = emulator.Mailbox.UserId;
        // Two clients of one mailbox, as a background scan and the pane's own requests would be.
        using var scan = RepGraph.Create(door, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, user);
        using var pane = RepGraph.Create(door, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, user);

        var calls = Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? scan : pane).Client.Users[user].GetAsync()).ToList();
        await door.WaitUntilAsync(() => door.InFlight >= MailboxConcurrency.Limit);
        await Task.Delay(300);
        var heldAtTheLimit = door.InFlight;
        door.Open();
        await Task.WhenAll(calls);
        TestContext.Out.WriteLine($"20 requests from 2 clients of one mailbox: at most {door.MaxInFlight} in flight at the emulator");

        Assert.Multiple(() =>
        {
            Assert.That(heldAtTheLimit, Is.EqualTo(MailboxConcurrency.Limit), "the other 16 wait before they reach Graph");
            Assert.That(door.MaxInFlight, Is.EqualTo(MailboxConcurrency.Limit));
            Assert.That(emulator.Requests, Has.Count.EqualTo(20), "every request is served in the end");
        });
    }

    [Test]
    public async Task ABusyMailboxDoesNotHoldBackAnother()
    {
        var (_, busy) = EmulatedGraph.Connect();
        var (_, other) = EmulatedGraph.Connect(edit: folder => RenameUser(folder, "0b6f3e3a-7c1e-4f7e-9d53-1c2f0a9e8b71"));
        var door = new Door(busy);
        using var busyGraph = RepGraph.Create(door, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, busy.Mailbox.UserId);
        using var otherGraph = RepGraph.Create(other, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, other.Mailbox.UserId);

        var held = Enumerable.Range(0, 6).Select(_ => busyGraph.Client.Users[busy.Mailbox.UserId].GetAsync()).ToList();
        await door.WaitUntilAsync(() => door.InFlight >= MailboxConcurrency.Limit);
        var me = await otherGraph.Client.Users[other.Mailbox.UserId].GetAsync().WaitAsync(Patience);
        var busyStillHeld = door.InFlight;
        door.Open();
        await Task.WhenAll(held);

        Assert.Multiple(() =>
        {
            Assert.That(me?.Id, Is.EqualTo(other.Mailbox.UserId));
            Assert.That(busyStillHeld, Is.EqualTo(MailboxConcurrency.Limit));
        });
    }

    private static void RenameUser(string folder, string id)
    {
        var path = Path.Combine(folder, MailboxFolderWriter.MeFile);
        var me = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        me["id"] = id;
        File.WriteAllText(path, me.ToJsonString());
    }

    /// <summary>In front of the emulator: counts the requests inside and keeps them there until opened.</summary>
    private sealed class Door(HttpMessageHandler emulator) : DelegatingHandler(emulator)
    {
        private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int inFlight;
        private int maxInFlight;

        public int InFlight => Volatile.Read(ref inFlight);

        public int MaxInFlight => Volatile.Read(ref maxInFlight);

        public void Open() => open.TrySetResult();

        public async Task WaitUntilAsync(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!condition())
            {
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the requests never reached the emulator");
                await Task.Delay(20);
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            try
            {
                await open.Task.WaitAsync(cancellationToken);
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
