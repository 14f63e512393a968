using System.Globalization;

namespace OutlookReferral.Core;

/// <summary>The stored referral as the API shows it.</summary>
public static class ReferralResponseMapping
{
    /// <param name="now">A snooze that has not ended yet hides the step the last scan found due.</param>
    public static ReferralResponse AsResponse(this ReferralRecord r, DateTimeOffset now) => new(
        r.Id,
        new PartyResponse(r.ProspectName, r.ProspectAddress),
        new PartyResponse(r.SourceName, r.SourceAddress),
        r.IntroducedAt,
        // Closed is the rep's word and holds at once; a reopened one is unknown until the next scan.
        r.ClosedAt is not null ? ReferralState.Closed
            : Kebab.TryParse<ReferralState>(r.State, out var state) && state != ReferralState.Closed ? state : null,
        r.ClosedAt is not null ? null : r.SilentDays,
        r.ClosedAt is null && !(r.SnoozedUntil > now) && Kebab.TryParse<CadenceStep>(r.NextStep, out var step) ? step : null,
        r.ClosedAt is null ? r.NextStepDueAt : null,
        r.PausedUntil is { } until ? DateOnly.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        r.LastTouchAt is { } at ? new TouchResponse(r.LastTouchSubject ?? "", at, r.LastTouchMessageId ?? "", r.LastTouchConversationId ?? "") : null,
        r.LastAnswerAt,
        r.ClosedAt,
        r.CloseOutcome,
        r.ScannedAt,
        r.ClosedAt is null ? r.SnoozedUntil : null,
        r.CloseNote,
        r.ConversationId,
        r.ClosedAt is null && Kebab.TryParse<CadenceStep>(r.UpcomingStep, out var upcoming) ? upcoming : null,
        r.TouchCount);
}
