namespace OutlookReferral.Drafting;

/// <summary>A draft as it sits in the rep's Drafts folder, with what the add-in needs to open it.</summary>
public sealed record DraftedMessage(string MessageId, string EwsId, string? WebLink, string Subject, IReadOnlyList<Party> To, string BodyHtml);
