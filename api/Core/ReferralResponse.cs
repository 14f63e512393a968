using System.Globalization;

namespace OutlookReferral.Core;

public sealed record PartyResponse(string Name, string Address);

public sealed record TouchResponse(string Subject, DateTimeOffset At, string MessageId, string ConversationId);

/// <summary>A referral as the API and the task pane see it. State is null until the first scan.</summary>
public sealed record ReferralResponse(
    string Id,
    PartyResponse Prospect,
    PartyResponse Source,
    DateTimeOffset IntroducedAt,
    ReferralState? State,
    int? SilentDays,
    CadenceStep? NextStep,
    DateTimeOffset? NextStepDueAt,
    DateOnly? PausedUntil,
    TouchResponse? LastTouch,
    DateTimeOffset? LastAnswerAt,
    DateTimeOffset? ClosedAt,
    string? CloseOutcome,
    DateTimeOffset? ScannedAt,
    DateTimeOffset? SnoozedUntil = null,
    string? CloseNote = null,
    string? ConversationId = null,
    CadenceStep? UpcomingStep = null,
    int? TouchCount = null);

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

/// <summary>The order of the follow-up list: what needs the rep first.</summary>
public static class FollowUpOrder
{
    private static readonly ReferralState?[] Rank =
        [ReferralState.NoShow, ReferralState.Quiet, ReferralState.Replied, ReferralState.New, ReferralState.Waiting, ReferralState.Paused, null, ReferralState.Closed];

    public static IReadOnlyList<ReferralResponse> Sort(IEnumerable<ReferralResponse> referrals) =>
        referrals
            .OrderBy(r => Array.IndexOf(Rank, r.State))
            .ThenByDescending(r => r.SilentDays ?? -1)
            .ThenBy(r => r.IntroducedAt)
            .ToList();
}
