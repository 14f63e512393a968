using OutlookReferral.FollowUps;
using static OutlookReferral.Tests.FollowUps.Mail;

namespace OutlookReferral.Tests.Meetings;

/// <summary>What a missed or held meeting does to the referral's state and next step.</summary>
public class MeetingCadenceTests
{
    private static readonly DateTimeOffset MeetingStart = Day(10);

    private static MeetingVerdict Verdict(MeetingOutcome outcome, DateTimeOffset? start = null)
    {
        var at = start ?? MeetingStart;
        return new(new MeetingItem("ev-1", "Intro call", at, at.AddMinutes(30), false, false, true, Rep,
            [new Attendee(Prospect, "Kim Lee", "accepted")], "https://teams.example/j/1"), outcome, MeetingVerdict.FromReport);
    }

    private static FollowUpStatus Evaluate(DateTimeOffset now, MeetingVerdict[] meetings, params MailItem[] messages) =>
        SilenceDetector.Evaluate(Referral, TheRep, messages, now, meetings);

    // The invitation went out on day 5: a touch, so without the meeting this would be "waiting"/"quiet".
    private static readonly MailItem Invitation = Sent(Day(5), [Prospect], subject: "Intro call");

    [Test]
    public void AMissedMeetingWithNoContactSinceIsANoShowWithSorryDue()
    {
        var status = Evaluate(MeetingStart.AddDays(1), [Verdict(MeetingOutcome.NoShow)], Invitation);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.NoShow));
            Assert.That(status.NextStep, Is.EqualTo(CadenceStep.SorryIMissedYou));
            Assert.That(status.SilentDays, Is.EqualTo(0));
        });
    }

    [Test]
    public void AfterTheSorryNoteGoesUnansweredForAWeekIndifferenceIsDue()
    {
        var sorry = Sent(MeetingStart.AddHours(3), [Prospect], subject: "Sorry we missed each other");

        var early = Evaluate(MeetingStart.AddDays(6), [Verdict(MeetingOutcome.NoShow)], Invitation, sorry);
        var due = Evaluate(MeetingStart.AddDays(8), [Verdict(MeetingOutcome.NoShow)], Invitation, sorry);

        Assert.Multiple(() =>
        {
            Assert.That(early.State, Is.EqualTo(ReferralState.Waiting));
            Assert.That(early.NextStep, Is.Null);
            Assert.That(early.UpcomingStep, Is.EqualTo(CadenceStep.Indifference));
            Assert.That(due.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(due.NextStep, Is.EqualTo(CadenceStep.Indifference));
        });
    }

    [Test]
    public void AnyAnswerFromTheProspectEndsTheNoShow()
    {
        var status = Evaluate(MeetingStart.AddDays(2), [Verdict(MeetingOutcome.NoShow)], Invitation,
            Received(MeetingStart.AddDays(1), Prospect, subject: "So sorry! Can we rebook?"));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(status.NextStep, Is.Null);
        });
    }

    [Test]
    public void AnOutOfOfficeDoesNotEndTheNoShow()
    {
        var status = Evaluate(MeetingStart.AddDays(2), [Verdict(MeetingOutcome.NoShow)], Invitation,
            Received(MeetingStart.AddHours(1), Prospect, subject: "Automatic reply: Intro call"));

        Assert.That(status.State, Is.EqualTo(ReferralState.NoShow));
    }

    [Test]
    public void AMeetingHeldCountsAsContactAndAsksToUpdateTheSource()
    {
        var status = Evaluate(MeetingStart.AddDays(2), [Verdict(MeetingOutcome.Attended)], Invitation);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(status.NextStep, Is.EqualTo(CadenceStep.UpdateSource));
        });
    }

    [Test]
    public void OnceTheSourceHasHeardTheNormalCadenceResumes()
    {
        var status = Evaluate(MeetingStart.AddDays(12), [Verdict(MeetingOutcome.Attended)], Invitation,
            Sent(MeetingStart.AddDays(1), [Source], subject: "Met Kim today - thank you!"),
            Sent(MeetingStart.AddDays(2), [Prospect], subject: "Proposal"));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(status.NextStep, Is.EqualTo(CadenceStep.SecondNote));
        });
    }

    [Test]
    public void AMeetingHeldAfterAMissedOneWins()
    {
        var status = Evaluate(MeetingStart.AddDays(9), [Verdict(MeetingOutcome.NoShow), Verdict(MeetingOutcome.Attended, MeetingStart.AddDays(7))], Invitation);

        Assert.That(status.NextStep, Is.EqualTo(CadenceStep.UpdateSource));
    }

    [Test]
    public void ClosedReferralsIgnoreMeetings()
    {
        var status = SilenceDetector.Evaluate(Referral with { IsClosed = true }, TheRep, [Invitation], MeetingStart.AddDays(1), [Verdict(MeetingOutcome.NoShow)]);

        Assert.That(status.State, Is.EqualTo(ReferralState.Closed));
    }
}
