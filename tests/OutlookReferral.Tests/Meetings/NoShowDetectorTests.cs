using OutlookReferral.Meetings;
using static OutlookReferral.Tests.FollowUps.Mail;

namespace OutlookReferral.Tests.Meetings;

public class NoShowDetectorTests
{
    private static readonly Party Kim = new("Kim Lee", Prospect);
    private static readonly DateTimeOffset Start = Day(10);
    private static readonly DateTimeOffset AfterIt = Start.AddHours(2);

    private static MeetingItem Meeting(string response = "accepted", bool cancelled = false, bool allDay = false, bool organiser = true, string? join = "https://teams.example/l/meetup-join/1") =>
        new("ev-1", "Intro call", Start, Start.AddMinutes(30), allDay, cancelled, organiser, organiser ? Rep : Prospect,
            [new Attendee(Prospect, "Kim Lee", response)], join);

    private static MeetingVerdict Judge(MeetingItem meeting, AttendanceEvidence? evidence, DateTimeOffset? now = null, Settlement? settlement = null) =>
        NoShowDetector.Judge(meeting, Kim, evidence, settlement, now ?? AfterIt);

    private static AttendanceEvidence.Report Records(params AttendanceRecord[] records) => new(records);

    [Test]
    public void NoRecordOfTheProspectInTheReportIsANoShow()
    {
        var verdict = Judge(Meeting(), Records(new AttendanceRecord(Rep, "Sam Rivera")));

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Outcome, Is.EqualTo(MeetingOutcome.NoShow));
            Assert.That(verdict.Evidence, Is.EqualTo(MeetingVerdict.FromReport));
        });
    }

    [Test]
    public void ALateJoinerAttended() =>
        Assert.That(Judge(Meeting(), Records(new AttendanceRecord(Rep, "Sam"), new AttendanceRecord("KIM@Fabrikam.com", "Kim Lee"))).Outcome,
            Is.EqualTo(MeetingOutcome.Attended));

    [Test]
    public void ARecordWithoutAddressMatchesByDisplayName() =>
        Assert.That(Judge(Meeting(), Records(new AttendanceRecord(null, " kim lee "))).Outcome, Is.EqualTo(MeetingOutcome.Attended));

    [Test]
    public void ARecordWithAnotherAddressUnderTheProspectsNameIsUnconfirmedNotANoShow()
    {
        var verdict = Judge(Meeting(), Records(new AttendanceRecord("kim.lee@other.com", "Kim Lee")));

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Outcome, Is.EqualTo(MeetingOutcome.Unconfirmed));
            Assert.That(verdict.Note, Does.Contain("kim.lee@other.com"));
        });
    }

    [Test]
    public void CancelledMeetingIsNotANoShow() =>
        Assert.That(Judge(Meeting(cancelled: true), Records()).Outcome, Is.EqualTo(MeetingOutcome.Cancelled));

    [Test]
    public void DeclinedMeetingIsItsOwnSignal() =>
        Assert.That(Judge(Meeting(response: "declined"), Records()).Outcome, Is.EqualTo(MeetingOutcome.Declined));

    [Test]
    public void MeetingNotYetEndedIsUpcoming() =>
        Assert.That(Judge(Meeting(), Records(), now: Start.AddMinutes(20)).Outcome, Is.EqualTo(MeetingOutcome.Upcoming));

    [Test]
    public void AllDayEventsAreLeftOut() =>
        Assert.That(NoShowDetector.With([Meeting(allDay: true), Meeting()], Kim).Count(), Is.EqualTo(1));

    [Test]
    public void NoReportYetWaitsADayThenAsksTheRep()
    {
        var pending = new AttendanceEvidence.Pending(AfterIt);

        var soon = Judge(Meeting(), pending, now: Start.AddHours(20));
        var later = Judge(Meeting(), pending, now: Start.AddHours(25));

        Assert.Multiple(() =>
        {
            Assert.That(soon.Outcome, Is.EqualTo(MeetingOutcome.AwaitingReport));
            Assert.That(later.Outcome, Is.EqualTo(MeetingOutcome.Unconfirmed));
        });
    }

    [Test]
    public void NoReportPossibleIsUnconfirmedAndTheRepSettlesIt()
    {
        var meeting = Meeting(organiser: false, join: null);

        var unconfirmed = Judge(meeting, new AttendanceEvidence.Unavailable());
        var missed = Judge(meeting, new AttendanceEvidence.Unavailable(), settlement: Settlement.NoShow);
        var met = Judge(meeting, new AttendanceEvidence.Unavailable(), settlement: Settlement.Met);

        Assert.Multiple(() =>
        {
            Assert.That(unconfirmed.Outcome, Is.EqualTo(MeetingOutcome.Unconfirmed));
            Assert.That(missed.Outcome, Is.EqualTo(MeetingOutcome.NoShow));
            Assert.That(missed.Evidence, Is.EqualTo(MeetingVerdict.FromRep));
            Assert.That(met.Outcome, Is.EqualTo(MeetingOutcome.Attended));
        });
    }

    [Test]
    public void MeetingTheProspectOrganisedAndCancelledIsNotANoShow() =>
        Assert.That(Judge(Meeting(organiser: false, cancelled: true), new AttendanceEvidence.Unavailable()).Outcome, Is.EqualTo(MeetingOutcome.Cancelled));
}
