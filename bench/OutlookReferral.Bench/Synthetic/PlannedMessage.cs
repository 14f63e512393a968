namespace OutlookReferral.Bench.Synthetic;

/// <summary>
/// A message decided but not yet written. Ids, headers and previews are made only when the
/// message is written, so planning 100k messages stays small.
/// </summary>
public sealed record PlannedMessage(
    MailFolderKind Folder,
    MailKind Kind,
    Person From,
    IReadOnlyList<Person> To,
    IReadOnlyList<Person> Cc,
    DateTimeOffset At,
    string Subject,
    string ConversationKey,
    DateOnly? ReturnDate = null);
