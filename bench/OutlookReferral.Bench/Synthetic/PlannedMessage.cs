
namespace OutlookReferral.Bench.Synthetic;

/// <summary>Why a message exists; the writer gives each kind its own preview and headers.</summary>
public enum MailKind { Ordinary, Newsletter, Introduction, Touch, AskSource, Reply, AutoReply }

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

/// <summary>A referral as referrals.json lists it.</summary>
public sealed record SyntheticReferral(Person Prospect, Person Source, DateTimeOffset IntroducedAt);
