using OutlookReferral.FollowUps;
using OutlookReferral.Identity;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>What one instance holds of its reps' mail windows when they do not all fit.</summary>
public sealed class MailWindowCacheTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    // A built window of <paramref name="messages"/> messages, each from its own person, every tenth one kept.
    private static MailWindowState Window(int messages)
    {
        var entries = Enumerable.Range(0, messages).ToDictionary(i => MessageKey.Of($"m{i}"), i => new MailWindowState.Entry(
            MessageKey.Of($"m{i}"), MailFolderKind.Inbox, At.AddMinutes(-i), MailParticipants.Parse($"person{i}@contoso.com\tPerson {i}\n"),
            i % 10 == 0 ? new MailItem($"m{i}", $"c{i}", "Hello", $"person{i}@contoso.com", ["rep@contoso.com"], [], At.AddMinutes(-i), MailFolderKind.Inbox, "", []) : null));
        var window = new MailWindowState(new Dictionary<string, string> { ["inbox"] = "link" }, entries);
        window.Window(); // as a sync leaves it: built for the detectors
        return window;
    }

    private static RepId Rep(int i) => new("tenant", $"rep{i}");

    [Test]
    public void PastItsWeightTheCacheFirstHoldsTheLeastRecentlyScannedWindowsCompact()
    {
        // Whole, a window weighs its 1,000 entries, 100 kept messages and 1,000 people: 2,100; compact, 1,100.
        var cache = new MailWindowCache(maxWeight: 4_500);
        var older = Window(1_000);
        cache.Put(Rep(1), "v1", older);
        cache.Put(Rep(2), "v1", Window(1_000));
        cache.Put(Rep(3), "v1", Window(1_000));

        Assert.Multiple(() =>
        {
            Assert.That(older.Entries, Is.Null, "the oldest window lost its entries");
            Assert.That(older.Weight, Is.EqualTo(100 + 1_000), "its kept messages and the people met remain");
            Assert.That(cache.Take(Rep(1), "v1"), Is.SameAs(older), "and it still serves a scan that changed nothing");
            Assert.That(cache.Take(Rep(3), "v1")?.Entries, Has.Count.EqualTo(1_000), "the newest is whole");
        });
    }

    [Test]
    public void ARoundOverMoreRepsThanFitKeepsServingThoseItHolds()
    {
        // Each window weighs 1,100 compact (2,100 whole); six fit in 7,000. A round scans ten reps in turn, twice: least-recently-used
        // eviction would always have dropped the rep scanned next, and the second round would find none.
        var cache = new MailWindowCache(maxWeight: 7_000);
        var hits = 0;
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 10; i++)
            {
                var held = cache.Take(Rep(i), "v1");
                hits += held is null ? 0 : 1;
                cache.Put(Rep(i), "v1", held ?? Window(1_000));
            }
        }

        Assert.That(hits, Is.EqualTo(6));
    }

    [Test]
    public void AWindowIsServedOnlyAtTheVersionItWasLeftAt()
    {
        var cache = new MailWindowCache();
        var window = Window(10);
        cache.Put(Rep(1), "v1", window);
        cache.Put(Rep(2), null, Window(10));

        Assert.Multiple(() =>
        {
            Assert.That(cache.Take(Rep(1), "v2"), Is.Null, "the store moved on");
            Assert.That(cache.Take(Rep(1), "v1"), Is.Null, "a stale window is dropped when found stale");
            Assert.That(cache.Take(Rep(2), null), Is.Null, "a store with no version holds nothing to match");
            Assert.That(new MailWindowCache(maxWeight: 0).Take(Rep(1), "v1"), Is.Null);
        });
    }
}
