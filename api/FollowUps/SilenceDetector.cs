namespace OutlookReferral.FollowUps;

/// <summary>
/// Decides, for one referral at one moment, whether the prospect has gone quiet and which
/// playbook step is due. Pure: plain records in, a status out, no clock and no I/O.
/// </summary>
public static class SilenceDetector
{
    /// <summary>The playbook's spacing between two notes.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromDays(7);

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
        var firstTouch = relevant.FirstOrDefault(m => (m.Folder == MailFolderKind.SentItems || rep.Owns(m.From)) && m.IsAddressedTo(prospect));
        var held = meetings.Where(m => m.Outcome == MeetingOutcome.Attended && m.Meeting.End >= referral.IntroducedAt)
            .Select(m => m.Meeting.End).DefaultIfEmpty().Max();
        var status = Decide(referral, rep, relevant, now, held == default ? null : held) with
        {
            LatestThread = latest is null ? null : new Touch(latest.Id, latest.ConversationId, latest.Subject, latest.At),
            FirstTouchAt = firstTouch?.At,
            Meetings = meetings,
        };
        return referral.IsClosed ? status : Meetings.MeetingCadence.Apply(status, referral, rep, relevant, now);
    }

    /// <param name="meetingHeldAt">The end of the latest meeting the prospect attended: as good as an answer.</param>
    private static FollowUpStatus Decide(TrackedReferral referral, RepProfile rep, List<MailItem> relevant, DateTimeOffset now, DateTimeOffset? meetingHeldAt)
    {
        var prospect = referral.Prospect.Address;
        var source = referral.Source.Address;

        bool FromRep(MailItem m) => m.Folder == MailFolderKind.SentItems || rep.Owns(m.From);

        var touches = relevant.Where(m => FromRep(m) && m.IsAddressedTo(prospect)).ToList();
        var fromProspect = relevant.Where(m => m.IsFrom(prospect) && !FromRep(m)).ToList();
        var lastAnswer = fromProspect.LastOrDefault(m => !AutoReplyRules.IsAutomaticReply(m))?.At;
        if (meetingHeldAt > lastAnswer || (lastAnswer is null && meetingHeldAt is not null))
        {
            lastAnswer = meetingHeldAt;
        }
        var lastTouch = touches.LastOrDefault();
        var lastTouchRecord = lastTouch is null ? null : new Touch(lastTouch.Id, lastTouch.ConversationId, lastTouch.Subject, lastTouch.At);

        if (referral.IsClosed)
        {
            return new FollowUpStatus(ReferralState.Closed, null, null, null, lastTouchRecord, lastAnswer, null, touches.Count);
        }

        // The cadence starts over after each answer: only touches since then count.
        var round = touches.Where(t => lastAnswer is null || t.At > lastAnswer).ToList();
        if (round.Count == 0)
        {
            if (lastAnswer is not null)
            {
                return new FollowUpStatus(ReferralState.Replied, null, null, null, lastTouchRecord, lastAnswer, null, touches.Count);
            }
            var firstDue = Later(referral.IntroducedAt, referral.SnoozedUntil);
            return new FollowUpStatus(ReferralState.New, null, firstDue <= now ? CadenceStep.FirstReachOut : null, null, null, null, firstDue, 0)
            {
                UpcomingStep = CadenceStep.FirstReachOut,
            };
        }

        var last = round[^1];
        var silentDays = (int)Math.Floor((now - last.At).TotalDays);
        var (step, dueAt) = NextInCadence(round, AskedSourceAt(relevant, round, FromRep, referral.Prospect, source));

        var state = silentDays >= Wait.TotalDays ? ReferralState.Quiet : ReferralState.Waiting;
        DateOnly? pausedUntil = null;
        var outOfOffice = fromProspect.LastOrDefault(m => m.At > last.At && AutoReplyRules.IsAutomaticReply(m));
        if (outOfOffice is not null)
        {
            var returnDate = ReturnDateParser.Parse(outOfOffice.Subject + "\n" + outOfOffice.BodyPreview, outOfOffice.At);
            // Back from the start of the return day on the rep's calendar (the prospect's zone is unknown);
            // no return date named: hold off for one wait from the automatic reply.
            var pauseEnds = returnDate is { } d ? StartOf(d, rep.Zone) : outOfOffice.At + Wait;
            dueAt = Later(pauseEnds, dueAt);
            if (now < pauseEnds)
            {
                state = ReferralState.Paused;
                pausedUntil = returnDate;
            }
        }

        // A snooze the rep chose holds every step until its date.
        if (referral.SnoozedUntil is { } snoozed && step is not null)
        {
            dueAt = Later(snoozed, dueAt);
        }
        var nextStep = step is not null && dueAt <= now ? step : null;
        return new FollowUpStatus(state, silentDays, nextStep, pausedUntil, lastTouchRecord, lastAnswer, step is null ? null : dueAt, touches.Count)
        {
            UpcomingStep = step,
        };
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } other && other > a ? other : a;

    // Step 3 is done once the rep has written to the source (without the prospect) about the prospect,
    // after the second note. Sources are often clients: ordinary mail to them must not count.
    private static DateTimeOffset? AskedSourceAt(
        List<MailItem> relevant, List<MailItem> round, Func<MailItem, bool> fromRep, Party prospect, string source) =>
        round.Count < 2
            ? null
            : relevant.FirstOrDefault(m => m.At > round[1].At && fromRep(m) && m.IsAddressedTo(source)
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
            return (CadenceStep.SecondNote, last + Wait);
        }
        if (askedSourceAt is not { } asked)
        {
            return (CadenceStep.AskSource, last + Wait);
        }
        return round.Count(t => t.At > asked) switch
        {
            0 => (CadenceStep.CheckIn, asked + Wait),
            1 => (CadenceStep.Indifference, last + Wait),
            // The cadence has run its course: the rep decides whether to close it.
            _ => (null, null),
        };
    }
}
