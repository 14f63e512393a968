namespace OutlookReferral.Bench.Synthetic;

/// <summary>Why a message exists; the writer gives each kind its own preview and headers.</summary>
public enum MailKind { Ordinary, Newsletter, Introduction, Touch, AskSource, Reply, AutoReply }
