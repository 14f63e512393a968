namespace OutlookReferral.Core;

/// <summary>
/// One meeting with a referral's prospect and its outcome. Evidence: "attendance-report" or "rep".
/// Note: what the rep should know, in plain words, when a meeting stays unclear: who joined instead,
/// or why Microsoft 365 would not share its attendance.
/// </summary>
public sealed record MeetingVerdict(MeetingItem Meeting, MeetingOutcome Outcome, string? Evidence, string? Note = null)
{
    public const string FromReport = "attendance-report";
    public const string FromRep = "rep";
}
