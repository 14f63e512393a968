namespace OutlookReferral.Graph;

/// <summary>One page of messages read: which folder (of how many), how many messages, and the oldest date it reached.</summary>
public sealed record MailPageRead(MailFolderKind Folder, int FolderIndex, int FolderCount, int Messages, DateTimeOffset? OldestAt);
