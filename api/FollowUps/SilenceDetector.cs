namespace OutlookReferral.FollowUps;

/// <summary>
/// Decides, for one referral at one moment, whether the prospect has gone quiet and which
/// playbook step is due. Pure: plain records in, a status out, no clock and no I/O.
/// </summary>
public static class SilenceDetector
{
    /// <param name="messages">Messages that involve the prospect or the source; others are ignored anyway.</param>
    /// <param name="meetings">Verdicts on meetings with the prospect: one held counts as an answer; a missed one starts the no-show steps.</param>
    public static FollowUpStatus Evaluate(
        TrackedReferral referral, RepProfile rep, IEnumerable<MailItem> messages, DateTimeOffset now,
        IReadOnlyList<MeetingVerdict>? meetings = null)
    {
        meetings ??= [];
        var relevant = messages
            .Where(m => m.At >= referral.IntroducedAt && m.At <= now)
            .OrderBy(m => m.At)
            .ToList();
        var prospect = referral.Prospect.Address;
        // The thread a follow-up replies in: a real conversation, not an out-of-office or a meeting response.
        var withProspect = relevant.Where(m => m.IsFrom(prospect) || m.IsAddressedTo(prospect)).ToList();
        var latest = withProspect.LastOrDefault(m => !AutoReplyRules.IsAutomaticReply(m) && !ImpersonalMailRules.IsCalendar(m))
            ?? withProspect.LastOrDefault();
        var firstTouch = relevant.FirstOrDefault(m => rep.Wrote(m) && m.IsAddressedTo(prospect));
        var held = meetings.Where(m => m.Outcome == MeetingOutcome.Attended && m.Meeting.End >= referral.IntroducedAt)
            .Select(m => m.Meeting.End).DefaultIfEmpty().Max();
        var status = Decide(referral, rep, relevant, now, held == default ? null : held) with
        {
            LatestThread = latest is null ? null : AsTouch(latest),
            FirstTouchAt = firstTouch?.At,
            Meetings = meetings,
        };
        return referral.IsClosed ? status : MeetingCadence.Apply(status, referral, rep, relevant, now);
    }

    /// <param name="meetingHeldAt">The end of the latest meeting the prospect attended: as good as an answer.</param>
    private static FollowUpStatus Decide(TrackedReferral referral, RepProfile rep, List<MailItem> relevant, DateTimeOffset now, DateTimeOffset? meetingHeldAt)
    {
        var prospect = referral.Prospect.Address;
        var touches = relevant.Where(m => rep.Wrote(m) && m.IsAddressedTo(prospect)).ToList();
        var fromProspect = relevant.Where(m => m.IsFrom(prospect) && !rep.Wrote(m)).ToList();
        var lastAnswer = LastAnswer(fromProspect, meetingHeldAt);
        var lastTouch = touches.Count == 0 ? null : AsTouch(touches[^1]);
        if (referral.IsClosed)
        {
            return new FollowUpStatus(ReferralState.Closed, null, null, null, lastTouch, lastAnswer, null, touches.Count);
        }
        // The cadence starts over after each answer: only touches since then count.
        var round = touches.Where(t => lastAnswer is null || t.At > lastAnswer).ToList();
        var status = round.Count == 0 ? BeforeAnyNote(referral, now, lastAnswer) : InCadence(referral, rep, relevant, round, fromProspect, now);
        return status with { LastTouch = lastTouch, LastAnswerAt = lastAnswer, TouchCount = touches.Count };
    }

    // The prospect's latest real answer; a meeting they attended counts as one.
    private static DateTimeOffset? LastAnswer(List<MailItem> fromProspect, DateTimeOffset? meetingHeldAt)
    {
        var answered = fromProspect.LastOrDefault(m => !AutoReplyRules.IsAutomaticReply(m))?.At;
        return meetingHeldAt > answered || (answered is null && meetingHeldAt is not null) ? meetingHeldAt : answered;
    }

    // No note since the last answer: the rep owes the next move, or nobody has written yet.
    private static FollowUpStatus BeforeAnyNote(TrackedReferral referral, DateTimeOffset now, DateTimeOffset? lastAnswer)
    {
        if (lastAnswer is not null)
        {
            return new FollowUpStatus(ReferralState.Replied, null, null, null, null, lastAnswer, null, 0);
        }
        var firstDue = Later(referral.IntroducedAt, referral.SnoozedUntil);
        return new FollowUpStatus(ReferralState.New, null, firstDue <= now ? CadenceStep.FirstReachOut : null, null, null, null, firstDue, 0)
        {
            UpcomingStep = CadenceStep.FirstReachOut,
        };
    }

    // The rep has written since the last answer: how long the silence is, which step comes next and when.
    private static FollowUpStatus InCadence(
        TrackedReferral referral, RepProfile rep, List<MailItem> relevant, List<MailItem> round, List<MailItem> fromProspect, DateTimeOffset now)
    {
        var last = round[^1];
        var silentDays = (int)Math.Floor((now - last.At).TotalDays);
        var (step, dueAt) = NextInCadence(round, AskedSourceAt(relevant, round, rep, referral.Prospect, referral.Source.Address));
        var state = silentDays >= Playbook.Wait.TotalDays ? ReferralState.Quiet : ReferralState.Waiting;
        DateOnly? pausedUntil = null;
        if (OutOfOffice(fromProspect, last, rep.Zone) is { } pause)
        {
            dueAt = Later(pause.Ends, dueAt);
            if (now < pause.Ends)
            {
                state = ReferralState.Paused;
                pausedUntil = pause.ReturnDate;
            }
        }
        // A snooze the rep chose holds every step until its date.
        if (referral.SnoozedUntil is { } snoozed && step is not null)
        {
            dueAt = Later(snoozed, dueAt);
        }
        var nextStep = step is not null && dueAt <= now ? step : null;
        return new FollowUpStatus(state, silentDays, nextStep, pausedUntil, null, null, step is null ? null : dueAt, 0)
        {
            UpcomingStep = step,
        };
    }

    // An automatic reply after the rep's last note holds the cadence: back from the start of the return day it names,
    // on the rep's calendar (the prospect's zone is unknown); no return date named: one wait from the automatic reply.
    private static (DateTimeOffset Ends, DateOnly? ReturnDate)? OutOfOffice(List<MailItem> fromProspect, MailItem lastNote, TimeZoneInfo zone)
    {
        var reply = fromProspect.LastOrDefault(m => m.At > lastNote.At && AutoReplyRules.IsAutomaticReply(m));
        if (reply is null)
        {
            return null;
        }
        var returnDate = ReturnDateParser.Parse(reply.Subject + "\n" + reply.BodyPreview, reply.At);
        return (returnDate is { } day ? StartOf(day, zone) : reply.At + Playbook.Wait, returnDate);
    }

    private static Touch AsTouch(MailItem message) => new(message.Id, message.ConversationId, message.Subject, message.At);

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } other && other > a ? other : a;

    // Step 3 is done once the rep has written to the source (without the prospect) about the prospect,
    // after the second note. Sources are often clients: ordinary mail to them must not count.
    private static DateTimeOffset? AskedSourceAt(
        List<MailItem> relevant, List<MailItem> round, RepProfile rep, Party prospect, string source) =>
        round.Count < 2
            ? null
            : relevant.FirstOrDefault(m => m.At > round[1].At && rep.Wrote(m) && m.IsAddressedTo(source)
                && !m.IsAddressedTo(prospect.Address) && Mentions(m, prospect))?.At;

    private static bool Mentions(MailItem message, Party person)
    {
        var text = message.Subject + "\n" + message.BodyPreview;
        var names = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(n => n.Length >= 3).Append(person.Address);
        return names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    private static (CadenceStep? Step, DateTimeOffset? DueAt) NextInCadence(List<MailItem> round, DateTimeOffset? askedSourceAt)
    {
        var last = round[^1].At;
        if (round.Count == 1)
        {
            return (CadenceStep.SecondNote, last + Playbook.Wait);
        }
        if (askedSourceAt is not { } asked)
        {
            return (CadenceStep.AskSource, last + Playbook.Wait);
        }
        return round.Count(t => t.At > asked) switch
        {
            0 => (CadenceStep.CheckIn, asked + Playbook.Wait),
            1 => (CadenceStep.Indifference, last + Playbook.Wait),
            // The cadence has run its course: the rep decides whether to close it.
            _ => (null, null),
        };
    }
}
