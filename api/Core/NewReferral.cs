namespace OutlookReferral.Core;

/// <summary>A referral about to be stored.</summary>
public sealed record NewReferral(
    string Id, Party Prospect, Party Source, DateTimeOffset IntroducedAt, DateTimeOffset? ClosedAt = null, string? CloseOutcome = null,
    string? ConversationId = null, string? IntroductionMessageId = null)
{
    public static string NewId() => Guid.NewGuid().ToString("N");
}
