namespace OutlookReferral.FollowUps;

/// <summary>
/// What meetings do to the cadence (PLAYBOOK "After a no-show"): a missed meeting with no contact since
/// calls for a sorry-I-missed-you note at once; if that goes unanswered for the wait, the indifference note.
/// A meeting held calls for an update to the source, then the normal cadence.
/// </summary>
public static class MeetingCadence
{
    public static FollowUpStatus Apply(FollowUpStatus status, TrackedReferral referral, RepProfile rep, IReadOnlyList<MailItem> relevant, DateTimeOffset now)
    {
        var missed = Latest(status.Meetings, MeetingOutcome.NoShow);
        var held = Latest(status.Meetings, MeetingOutcome.Attended);
        var prospect = referral.Prospect.Address;

        if (missed is not null && (held is null || held.End < missed.End))
        {
            var after = relevant.Where(m => m.At > missed.End).ToList();
            if (after.Any(m => m.IsFrom(prospect) && !rep.Wrote(m) && !AutoReplyRules.IsAutomaticReply(m)))
            {
                return status; // any answer from the prospect ends the no-show
            }
            var notes = after.Where(m => rep.Wrote(m) && m.IsAddressedTo(prospect)).ToList();
            if (notes.Count == 0)
            {
                return status with
                {
                    State = ReferralState.NoShow,
                    SilentDays = (int)Math.Floor((now - missed.End).TotalDays),
                    NextStep = CadenceStep.SorryIMissedYou,
                    NextStepDueAt = missed.End,
                    PausedUntil = null,
                    UpcomingStep = CadenceStep.SorryIMissedYou,
                };
            }
            // The sorry note went out: next comes the indifference note, a wait later.
            var dueAt = notes[^1].At + Playbook.Wait;
            return notes.Count == 1
                ? status with { NextStep = dueAt <= now && status.State != ReferralState.Paused ? CadenceStep.Indifference : null, NextStepDueAt = dueAt, UpcomingStep = CadenceStep.Indifference }
                : status with { NextStep = null, NextStepDueAt = null, UpcomingStep = null }; // the no-show steps have run their course
        }
        if (held is not null && !relevant.Any(m => m.At > held.End && rep.Wrote(m) && m.IsAddressedTo(referral.Source.Address)))
        {
            // Keep the source in the loop once the meeting took place.
            return status with { NextStep = CadenceStep.UpdateSource, NextStepDueAt = held.End, UpcomingStep = CadenceStep.UpdateSource };
        }
        return status;
    }

    private static MeetingItem? Latest(IReadOnlyList<MeetingVerdict> verdicts, MeetingOutcome outcome) =>
        verdicts.Where(v => v.Outcome == outcome).Select(v => v.Meeting).MaxBy(m => m.End);
}
