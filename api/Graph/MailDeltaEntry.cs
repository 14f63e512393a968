namespace OutlookReferral.Graph;

/// <summary>One delta entry read: a message as it now is, or the id of one gone from the folder.</summary>
public sealed record MailDeltaEntry(string Id, MailItem? Message);
