using OutlookReferral.FollowUps;
using static OutlookReferral.Tests.FollowUps.Mail;

namespace OutlookReferral.Tests.FollowUps;

public class SilenceDetectorTests
{
    [Test]
    public void NoTouchSinceTheIntroductionIsNewWithFirstReachOutDue()
    {
        var status = Evaluate(Day(2));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.New));
            Assert.That(status.NextStep, Is.EqualTo(CadenceStep.FirstReachOut));
            Assert.That(status.SilentDays, Is.Null);
        });
    }

    [Test]
    public void MailBeforeTheIntroductionDoesNotCount()
    {
        var status = Evaluate(Day(2), Sent(Day(-5), [Prospect]));

        Assert.That(status.State, Is.EqualTo(ReferralState.New));
    }

    [Test]
    public void UnansweredTouchUnderSevenDaysIsWaitingWithNothingDue()
    {
        var status = Evaluate(Day(7, 9), Sent(Day(1), [Prospect]));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Waiting));
            Assert.That(status.SilentDays, Is.EqualTo(5));
            Assert.That(status.NextStep, Is.Null);
            Assert.That(status.NextStepDueAt, Is.EqualTo(Day(8)));
        });
    }

    [Test]
    public void SevenDayBoundaryTurnsWaitingIntoQuiet()
    {
        var touch = Sent(Day(1), [Prospect]);

        var justBefore = Evaluate(touch.At.AddDays(7).AddSeconds(-1), touch);
        var exactly = Evaluate(touch.At.AddDays(7), touch);

        Assert.Multiple(() =>
        {
            Assert.That(justBefore.State, Is.EqualTo(ReferralState.Waiting));
            Assert.That(justBefore.SilentDays, Is.EqualTo(6));
            Assert.That(justBefore.NextStep, Is.Null);
            Assert.That(exactly.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(exactly.SilentDays, Is.EqualTo(7));
            Assert.That(exactly.NextStep, Is.EqualTo(CadenceStep.SecondNote));
        });
    }

    [Test]
    public void SilentDaysAreWholeDaysSinceTheLastUnansweredTouch()
    {
        var status = Evaluate(Day(12, 9), Sent(Day(1), [Prospect]), Sent(Day(3), [Prospect]));

        Assert.That(status.SilentDays, Is.EqualTo(8));
    }

    [Test]
    public void ProspectInCcCountsAsATouch()
    {
        var status = Evaluate(Day(3), Sent(Day(1), ["someone@else.com"], cc: [Prospect]));

        Assert.That(status.State, Is.EqualTo(ReferralState.Waiting));
    }

    [Test]
    public void AnswerAfterTheLastTouchIsReplied()
    {
        var status = Evaluate(Day(20), Sent(Day(1), [Prospect]), Received(Day(3), Prospect));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(status.NextStep, Is.Null);
            Assert.That(status.LastAnswerAt, Is.EqualTo(Day(3)));
        });
    }

    [Test]
    public void ReplyAllWithTheSourceIncludedIsAnAnswer()
    {
        var status = Evaluate(Day(20),
            Sent(Day(1), [Prospect], cc: [Source]),
            Received(Day(2), Prospect, to: [Rep, Source], subject: "Re: Intro: Kim <> Sam"));

        Assert.That(status.State, Is.EqualTo(ReferralState.Replied));
    }

    [Test]
    public void AnswerInAnotherThreadCounts()
    {
        var status = Evaluate(Day(20),
            Sent(Day(1), [Prospect], conversation: "thread-a"),
            Received(Day(4), Prospect, subject: "Question about pricing", conversation: "thread-b"));

        Assert.That(status.State, Is.EqualTo(ReferralState.Replied));
    }

    [Test]
    public void AddressesCompareCaseInsensitively()
    {
        var status = Evaluate(Day(20),
            Sent(Day(1), ["Kim@Fabrikam.COM"]),
            Received(Day(4), "KIM@fabrikam.com"));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(status.TouchCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void RepTouchAfterTheAnswerStartsANewRound()
    {
        var status = Evaluate(Day(20), Sent(Day(1), [Prospect]), Received(Day(2), Prospect), Sent(Day(3), [Prospect]));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(status.NextStep, Is.EqualTo(CadenceStep.SecondNote));
        });
    }

    [Test]
    public void NoteToTheSourceAloneIsNotATouchToTheProspect()
    {
        var status = Evaluate(Day(5), Sent(Day(1), [Source], subject: "Thanks for the intro"));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.New));
            Assert.That(status.TouchCount, Is.Zero);
        });
    }

    [Test]
    public void AfterTwoUnansweredNotesAskTheSourceIsDueAWeekLater()
    {
        var first = Sent(Day(1), [Prospect]);
        var second = Sent(Day(8), [Prospect]);

        var early = Evaluate(Day(14), first, second);
        var due = Evaluate(Day(15), first, second);

        Assert.Multiple(() =>
        {
            Assert.That(early.NextStep, Is.Null);
            Assert.That(due.NextStep, Is.EqualTo(CadenceStep.AskSource));
        });
    }

    [Test]
    public void NoteToTheSourceBeforeTheSecondNoteDoesNotCountAsAsking()
    {
        var status = Evaluate(Day(16),
            Sent(Day(1), [Prospect]), Sent(Day(2), [Source], subject: "Thanks!"), Sent(Day(8), [Prospect]));

        Assert.That(status.NextStep, Is.EqualTo(CadenceStep.AskSource));
    }

    [Test]
    public void OrdinaryMailToTheSourceIsNotAskingForHelp()
    {
        var status = Evaluate(Day(16),
            Sent(Day(1), [Prospect]), Sent(Day(8), [Prospect]), Sent(Day(10), [Source], subject: "Invoice for October"));

        Assert.That(status.NextStep, Is.EqualTo(CadenceStep.AskSource));
    }

    [Test]
    public void AskingTheSourceCountsWhenThePreviewNamesTheProspect()
    {
        var ask = Sent(Day(15), [Source], subject: "Quick question") with { BodyPreview = "Have you heard from Kim lately? I've tried twice." };

        var status = Evaluate(Day(22), Sent(Day(1), [Prospect]), Sent(Day(8), [Prospect]), ask);

        Assert.That(status.NextStep, Is.EqualTo(CadenceStep.CheckIn));
    }

    [Test]
    public void AskingTheSourceAfterTheSecondNoteMakesCheckInDueAWeekLater()
    {
        var messages = new[]
        {
            Sent(Day(1), [Prospect]), Sent(Day(8), [Prospect]), Sent(Day(15), [Source], subject: "Kim Lee - what do we do next?"),
        };

        var early = Evaluate(Day(21), messages);
        var due = Evaluate(Day(22), messages);

        Assert.Multiple(() =>
        {
            Assert.That(early.NextStep, Is.Null);
            Assert.That(early.State, Is.EqualTo(ReferralState.Quiet), "still silent since the second note");
            Assert.That(due.NextStep, Is.EqualTo(CadenceStep.CheckIn));
        });
    }

    [Test]
    public void AfterTheCheckInIndifferenceIsDueThenTheCadenceEnds()
    {
        var before = new[]
        {
            Sent(Day(1), [Prospect]), Sent(Day(8), [Prospect]), Sent(Day(15), [Source], subject: "About Kim"), Sent(Day(22), [Prospect]),
        };
        var indifference = Sent(Day(29), [Prospect]);

        var due = Evaluate(Day(29, 11), before);
        var done = Evaluate(Day(60), [.. before, indifference]);

        Assert.Multiple(() =>
        {
            Assert.That(due.NextStep, Is.EqualTo(CadenceStep.Indifference));
            Assert.That(done.NextStep, Is.Null);
            Assert.That(done.State, Is.EqualTo(ReferralState.Quiet));
        });
    }

    [Test]
    public void AutomaticReplyIsNotAnAnswer()
    {
        var status = Evaluate(Day(20),
            Sent(Day(1), [Prospect]),
            Received(Day(1, 11), Prospect, subject: "Automatic reply: Referred by George Smith"));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(status.LastAnswerAt, Is.Null);
        });
    }

    [Test]
    public void OutOfOfficeWithAReturnDatePausesUntilThatDate()
    {
        var touch = Sent(Day(1), [Prospect]);
        var away = Received(Day(1, 11), Prospect, subject: "Automatic reply: Referred by George Smith",
            preview: "Thanks for your note. I am out of the office and will be back on October 20, 2026.");

        var during = Evaluate(Day(12), touch, away);
        var after = Evaluate(new DateTimeOffset(2026, 10, 20, 1, 0, 0, TimeSpan.Zero), touch, away);

        Assert.Multiple(() =>
        {
            Assert.That(during.State, Is.EqualTo(ReferralState.Paused));
            Assert.That(during.PausedUntil, Is.EqualTo(new DateOnly(2026, 10, 20)));
            Assert.That(during.NextStep, Is.Null, "the cadence waits while they are away");
            Assert.That(after.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(after.NextStep, Is.EqualTo(CadenceStep.SecondNote));
        });
    }

    [Test]
    public void TheReturnDayStartsOnTheRepsCalendar()
    {
        var pacificRep = TheRep with { TimeZone = "Pacific Standard Time" };
        var touch = Sent(Day(1), [Prospect]);
        var away = Received(Day(1, 11), Prospect, subject: "Automatic reply: Referred by George Smith",
            preview: "I am out of the office and will be back on October 20, 2026.");

        // 01:00 UTC on the 20th is still the evening of the 19th in California; midnight there is 07:00 UTC (PDT).
        var eveningBefore = SilenceDetector.Evaluate(Referral, pacificRep, [touch, away], new DateTimeOffset(2026, 10, 20, 1, 0, 0, TimeSpan.Zero));
        var returnMorning = SilenceDetector.Evaluate(Referral, pacificRep, [touch, away], new DateTimeOffset(2026, 10, 20, 7, 0, 0, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(eveningBefore.State, Is.EqualTo(ReferralState.Paused));
            Assert.That(eveningBefore.NextStepDueAt, Is.EqualTo(new DateTimeOffset(2026, 10, 20, 0, 0, 0, TimeSpan.FromHours(-7))));
            Assert.That(returnMorning.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(returnMorning.NextStep, Is.EqualTo(CadenceStep.SecondNote));
        });
    }

    [Test]
    public void OutOfOfficeWithoutADatePausesForOneWait()
    {
        var touch = Sent(Day(1), [Prospect]);
        var away = Received(Day(3), Prospect, subject: "Out of Office", preview: "I am travelling with limited access to email.");

        var during = Evaluate(Day(9), touch, away);
        var after = Evaluate(Day(10, 11), touch, away);

        Assert.Multiple(() =>
        {
            Assert.That(during.State, Is.EqualTo(ReferralState.Paused));
            Assert.That(during.PausedUntil, Is.Null);
            Assert.That(after.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(after.NextStep, Is.EqualTo(CadenceStep.SecondNote));
        });
    }

    [Test]
    public void OutOfOfficeBeforeTheLastTouchNoLongerPauses()
    {
        var status = Evaluate(Day(30),
            Sent(Day(1), [Prospect]),
            Received(Day(1, 11), Prospect, subject: "Automatic reply", preview: "Back on October 5."),
            Sent(Day(9), [Prospect]));

        Assert.That(status.State, Is.EqualTo(ReferralState.Quiet));
    }

    [Test]
    public void ClosedReferralNeverTriggersAStep()
    {
        var status = SilenceDetector.Evaluate(Referral with { IsClosed = true }, TheRep, [Sent(Day(1), [Prospect])], Day(30));

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(ReferralState.Closed));
            Assert.That(status.NextStep, Is.Null);
        });
    }

    [Test]
    public void MessagesAfterNowAreIgnored()
    {
        var status = Evaluate(Day(10), Sent(Day(1), [Prospect]), Received(Day(11), Prospect));

        Assert.That(status.State, Is.EqualTo(ReferralState.Quiet));
    }

    [Test]
    public void FollowUpsReplyInTheLatestConversationNotInAMeetingResponseOrAnOutOfOffice()
    {
        var note = Sent(Day(1), [Prospect], subject: "Referred by George Smith", conversation: "talk");
        var status = Evaluate(Day(20), note,
            Received(Day(2), Prospect, subject: "Accepted: Intro call", conversation: "invite"),
            Received(Day(3), Prospect, subject: "Automatic reply: Referred by George Smith", conversation: "talk"));

        Assert.That(status.LatestThread?.MessageId, Is.EqualTo(note.Id));
    }

    [Test]
    public void LastTouchIsReportedForTheList()
    {
        var status = Evaluate(Day(10), Sent(Day(1), [Prospect], subject: "Referred by George Smith - quick call?"));

        Assert.Multiple(() =>
        {
            Assert.That(status.LastTouch?.Subject, Is.EqualTo("Referred by George Smith - quick call?"));
            Assert.That(status.LastTouch?.At, Is.EqualTo(Day(1)));
        });
    }
}
