namespace OutlookReferral.FollowUps;

/// <summary>One participant of a stored message: the address and the name it showed there (both cleaned of tabs and line breaks).</summary>
public sealed record MailParticipant(string Address, string Name);
