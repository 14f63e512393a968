
namespace OutlookReferral.Introductions;

/// <summary>One detected introduction: who introduced whom, and the message that did it.</summary>
/// <remarks>One candidate per prospect: an introduction to two prospects gives two.</remarks>
public sealed record IntroductionCandidate(
    string MessageId,
    string ConversationId,
    string Subject,
    DateTimeOffset At,
    Party Source,
    Party Prospect,
    IntroductionKind Kind);
