using OutlookReferral.Platform;

namespace OutlookReferral.DemoMailbox;

/// <summary>The mailbox's clock as a TimeProvider, for the emulator's draft timestamps.</summary>
internal sealed class MailboxTime(MailboxClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.Now;
}
