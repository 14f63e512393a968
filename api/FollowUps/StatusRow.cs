using System.Globalization;

namespace OutlookReferral.FollowUps;

/// <summary>
/// A follow-up status as its row stores it (names in kebab case, the subject cut at 512 characters): equal rows mean
/// a scan found nothing new for the referral. Times compare as instants.
/// </summary>
internal sealed record StatusRow(
    string State, int? SilentDays, string? NextStep, string? UpcomingStep, DateTimeOffset? NextStepDueAt, string? PausedUntil,
    string? LastTouchMessageId, string? LastTouchConversationId, string? LastTouchSubject, DateTimeOffset? LastTouchAt,
    DateTimeOffset? LastAnswerAt, int TouchCount)
{
    public static StatusRow Of(FollowUpStatus status) => new(
        Kebab.Name(status.State),
        status.SilentDays,
        status.NextStep is { } step ? Kebab.Name(step) : null,
        status.UpcomingStep is { } upcoming ? Kebab.Name(upcoming) : null,
        status.NextStepDueAt,
        status.PausedUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        status.LastTouch?.MessageId,
        status.LastTouch?.ConversationId,
        Truncate(status.LastTouch?.Subject, 512),
        status.LastTouch?.At,
        status.LastAnswerAt,
        status.TouchCount);

    /// <summary>The status the row holds; a referral no scan has seen has none (its state is null), and equals no status.</summary>
    public static StatusRow? Of(ReferralRecord record) => record.State is null
        ? null
        : new(record.State, record.SilentDays, record.NextStep, record.UpcomingStep, record.NextStepDueAt, record.PausedUntil,
            record.LastTouchMessageId, record.LastTouchConversationId, record.LastTouchSubject, record.LastTouchAt, record.LastAnswerAt,
            record.TouchCount ?? 0);

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
