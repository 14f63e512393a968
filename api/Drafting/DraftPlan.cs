namespace OutlookReferral.Drafting;

/// <summary>What to create in the rep's Drafts: a reply in a thread, or a new message.</summary>
public sealed record DraftPlan(CadenceStep Step, string? ReplyToMessageId, IReadOnlyList<Party> To, string Subject, string BodyHtml);
