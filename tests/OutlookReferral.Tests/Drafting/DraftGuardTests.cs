using OutlookReferral.Drafting;

namespace OutlookReferral.Tests.Drafting;

/// <summary>The guard's refusals speak in the rep's calendar days, not UTC's.</summary>
public class DraftGuardTests
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    // Sunday 16 November, 03:00 UTC is still Saturday the 15th, 7 pm, in Seattle.
    private static readonly DateTimeOffset LateEveningNote = new(2026, 11, 16, 3, 0, 0, TimeSpan.Zero);

    private static FollowUpStatus Waiting(DateTimeOffset lastTouch) =>
        new(ReferralState.Waiting, 3, null, null, new Touch("m1", "c1", "Referred by Grace Liu", lastTouch), null, lastTouch.AddDays(7), 1)
        {
            UpcomingStep = CadenceStep.SecondNote,
        };

    [Test]
    public void TooSoonNamesTheDaysOnTheRepsCalendar()
    {
        var refusal = DraftGuard.Check(CadenceStep.SecondNote, Waiting(LateEveningNote), "Omar Haddad", force: true, LateEveningNote.AddDays(3), Pacific);

        Assert.Multiple(() =>
        {
            Assert.That(refusal?.Code, Is.EqualTo("too-soon"));
            Assert.That(refusal?.Message, Is.EqualTo("You wrote to Omar Haddad on November 15. The next note can go from November 22, a week later."));
            Assert.That(refusal?.DueAt, Is.EqualTo(LateEveningNote.AddDays(7)));
        });
    }

    [Test]
    public void InUtcTheSameNoteFallsOnTheNextDay()
    {
        var refusal = DraftGuard.Check(CadenceStep.SecondNote, Waiting(LateEveningNote), "Omar Haddad", force: true, LateEveningNote.AddDays(3), TimeZoneInfo.Utc);

        Assert.That(refusal?.Message, Does.StartWith("You wrote to Omar Haddad on November 16."));
    }

    [Test]
    public void NotDueGivesTheDueDayInTheRepsZone()
    {
        var refusal = DraftGuard.Check(CadenceStep.AskSource, Waiting(LateEveningNote), "Omar Haddad", force: false, LateEveningNote.AddDays(5), Pacific);

        Assert.Multiple(() =>
        {
            Assert.That(refusal?.Code, Is.EqualTo("not-due"));
            Assert.That(refusal?.Message, Does.Contain("due on November 22."));
        });
    }
}
