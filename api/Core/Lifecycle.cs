namespace OutlookReferral.Core;

/// <summary>The rep-controlled part of a referral's life: closed (and how), or snoozed until a date.</summary>
public sealed record Lifecycle(DateTimeOffset? ClosedAt, string? CloseOutcome, string? CloseNote, DateTimeOffset? SnoozedUntil)
{
    public static Lifecycle Of(ReferralRecord r) => new(r.ClosedAt, r.CloseOutcome, r.CloseNote, r.SnoozedUntil);
}
