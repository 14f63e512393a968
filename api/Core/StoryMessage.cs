namespace OutlookReferral.Core;

/// <summary>One message of a referral's story: when, what kind, and the id that opens it in Outlook.</summary>
public sealed record StoryMessage(string MessageId, StoryKind Kind, DateTimeOffset At, string Subject);
