namespace OutlookReferral.Platform;

/// <summary>
/// "Now" for the detectors. Against a live mailbox it is the real time; a replayed mailbox
/// declares when it was captured, and its clock runs on from there so its stories stay true.
/// </summary>
public sealed class MailboxClock(TimeProvider time, DateTimeOffset? capturedAt = null)
{
    private readonly DateTimeOffset startedAt = time.GetUtcNow();

    public DateTimeOffset Now => capturedAt is { } anchor ? anchor + (time.GetUtcNow() - startedAt) : time.GetUtcNow();
}
