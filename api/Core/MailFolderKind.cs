namespace OutlookReferral.Core;

/// <summary>Which mail folder a message was read from.</summary>
public enum MailFolderKind { Inbox, SentItems }
