namespace OutlookReferral.Drafting;

/// <summary>Everything a draft is made from, gathered by the caller (pure data).</summary>
public sealed record DraftInputs(
    CadenceStep Step,
    TrackedReferral Referral,
    RepProfile Rep,
    FollowUpStatus Status,
    TimeZoneInfo TimeZone,
    string? MeetingTime = null,
    IReadOnlyList<string>? OpenSlots = null);
