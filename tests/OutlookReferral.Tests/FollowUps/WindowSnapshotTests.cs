using OutlookReferral.FollowUps;
using OutlookReferral.Introductions;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>What a window's stored snapshot gives back to an instance that did not build the window.</summary>
public sealed class WindowSnapshotTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly RepProfile Rep = RepProfile.Create("rep", "Rita Rep", ["rita@contoso.com"]);

    // 300 kept messages, one a minute back from At; the newest 20 are after the last scan's time.
    private static List<MailItem> Kept() => [.. Enumerable.Range(0, 300).Select(i => new MailItem(
        $"m{i:D3}", $"c{i}", "Hello", $"person{i}@contoso.com", ["rita@contoso.com"], [], At.AddMinutes(-i), MailFolderKind.Inbox))];

    private static IntroductionCandidate Found(MailItem m) =>
        new(m.Id, m.ConversationId, m.Subject, m.At, new Party("Sam Source", "sam@contoso.com"), new Party("P", m.From), IntroductionKind.Introduction);

    private static (WindowSnapshot Stored, Dictionary<string, IReadOnlyList<IntroductionCandidate>> Examined) Scanned(List<MailItem> kept, DateTimeOffset now)
    {
        var window = new MailWindowState(new Dictionary<string, string>(), null);
        window.Restore(kept, new WindowSnapshot([], [], At.AddDays(-1)));
        var (messages, _, memo) = window.Window();
        var examined = memo.ExaminedFor(Rep);
        // As the detector fills it: every kept message up to the scan's time, one in fifty showing an introduction.
        foreach (var m in messages.Where(m => m.At <= now))
        {
            examined[m.Id] = int.Parse(m.Id[1..]) % 50 == 0 ? [Found(m)] : [];
        }
        return (WindowSnapshot.Unpack(window.Snapshot().Pack()), new(examined));
    }

    [Test]
    public void ARestoredWindowKnowsWhatEveryExaminedMessageShowedThoughOnlyTheIntroductionsAreStored()
    {
        var kept = Kept();
        var (stored, examined) = Scanned(kept, At.AddMinutes(-20));

        var restored = new MailWindowState(new Dictionary<string, string>(), null);
        restored.Restore(kept, stored);
        var memo = restored.Window().Memo;
        var again = memo.ExaminedFor(Rep);

        Assert.Multiple(() =>
        {
            Assert.That(examined, Has.Count.EqualTo(280), "the messages after the scan's time were not examined");
            Assert.That(stored.Examined!.Keys, Is.EquivalentTo(examined.Where(e => e.Value.Count > 0).Select(e => e.Key)),
                "only the messages that showed an introduction are written out");
            Assert.That(again.Keys, Is.EquivalentTo(examined.Keys), "every examined message, and none of the newer ones");
            Assert.That(again.Select(e => (e.Key, e.Value.Count)), Is.EquivalentTo(examined.Select(e => (e.Key, e.Value.Count))));
            Assert.That(again["m050"].Single(), Is.EqualTo(examined["m050"].Single()));
            Assert.That(memo.Unsaved, Is.False, "nothing to store again");
        });
    }

    [Test]
    public void AWindowNoScanExaminedRestoresWithNothingExamined()
    {
        var kept = Kept();
        var (stored, _) = Scanned(kept, At.AddDays(-30));

        var restored = new MailWindowState(new Dictionary<string, string>(), null);
        restored.Restore(kept, stored);

        Assert.Multiple(() =>
        {
            Assert.That(stored.ExaminedThrough, Is.Null);
            Assert.That(restored.Window().Memo.ExaminedFor(Rep), Is.Empty);
        });
    }
}
