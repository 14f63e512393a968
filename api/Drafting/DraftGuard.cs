
namespace OutlookReferral.Drafting;

/// <summary>
/// Persistent, never a pest: no step before it is due (unless the rep insists), never two notes to the
/// prospect inside the playbook's week, nothing while they are away, and the cadence stops when they answer.
/// </summary>
public static class DraftGuard
{
    /// <summary>Dates in the refusal are the rep's calendar days (<paramref name="zone"/>), not UTC's.</summary>
    public static Refusal? Check(CadenceStep step, FollowUpStatus status, string prospectName, bool force, DateTimeOffset now, TimeZoneInfo zone)
    {
        string Day(DateTimeOffset? at) => at is { } t ? MonthDay.Of(t, zone) : "recently";

        var toProspect = DraftComposer.IsToProspect(step);
        if (status.State == ReferralState.Closed)
        {
            return new("closed", "This referral is closed. Reopen it to follow up again.", null);
        }
        if (toProspect && step != CadenceStep.SorryIMissedYou && status.State == ReferralState.Replied)
        {
            return new("prospect-answered",
                $"{prospectName} answered on {Day(status.LastAnswerAt)}: the cadence stops here. Reply to them directly.", null);
        }
        // The spacing holds even when the rep insists: two notes inside a week is what makes a pest.
        if (toProspect && step != CadenceStep.SorryIMissedYou && status.LastTouch is { } last && now - last.At < Playbook.Wait)
        {
            var allowed = last.At + Playbook.Wait;
            return new("too-soon",
                $"You wrote to {prospectName} on {Day(last.At)}. The next note can go from {Day(allowed)}, a week later.", allowed);
        }
        // A thank-you follows a meeting that took place, whatever step the cadence is at.
        if (step == CadenceStep.ThankSource)
        {
            return status.Meetings.Any(m => m.Outcome == MeetingOutcome.Attended)
                ? null
                : new("no-meeting-held", $"No meeting with {prospectName} has taken place yet. Thank the source once you have met.", null);
        }
        if (force)
        {
            return null;
        }
        if (toProspect && status.State == ReferralState.Paused)
        {
            return new("prospect-away", status.PausedUntil is { } back
                ? $"{prospectName} is away until {MonthDay.Of(back)}. The cadence waits until then."
                : $"{prospectName}'s automatic reply says they are away. The cadence waits until {Day(status.NextStepDueAt)}.",
                status.NextStepDueAt);
        }
        // Keeping the source in the loop is always welcome once the prospect has answered.
        if (step == CadenceStep.UpdateSource && status.State == ReferralState.Replied)
        {
            return null;
        }
        if (status.NextStep != step)
        {
            var when = status.NextStepDueAt is { } due && due > now ? $" The next step is due on {Day(due)}." : "";
            return new("not-due", $"{Label(step)} is not due for {prospectName} now.{when} Confirm to draft it anyway.", status.NextStepDueAt);
        }
        return null;
    }

    public static string Label(CadenceStep step) => step switch
    {
        CadenceStep.FirstReachOut => "The first reach-out",
        CadenceStep.SecondNote => "The second note",
        CadenceStep.AskSource => "Asking the source for help",
        CadenceStep.CheckIn => "The check-in",
        CadenceStep.Indifference => "The close-the-loop note",
        CadenceStep.SorryIMissedYou => "The sorry-I-missed-you note",
        CadenceStep.ThankSource => "The thank-you to the source",
        _ => "The update to the source",
    };
}
