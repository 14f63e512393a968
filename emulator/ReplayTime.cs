namespace OutlookReferral.Emulator;

/// <summary>
/// A replay's clock standing still at its <c>now</c> (scan --now, or mailbox.json): what the emulator
/// publishes (attendance reports with availableAfter) depends on the replay, never on the machine's date.
/// </summary>
public sealed class ReplayTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>The mailbox's own capture time when it declares one; the machine's clock only for a live-looking folder without it.</summary>
    public static TimeProvider For(MailboxFolder mailbox) => mailbox.CapturedAt is { } at ? new ReplayTime(at) : System;
}
