namespace OutlookReferral.Emulator;

/// <summary>A mailbox folder could not be read; the message is one line a person can act on.</summary>
public sealed class MailboxFolderException(string message, Exception? inner = null) : Exception(message, inner);
