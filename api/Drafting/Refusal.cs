
namespace OutlookReferral.Drafting;

/// <summary>Why a draft was refused, in words a rep understands, and when it will be due.</summary>
public sealed record Refusal(string Code, string Message, DateTimeOffset? DueAt);
