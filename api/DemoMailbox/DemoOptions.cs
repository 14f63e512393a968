using OutlookReferral.Emulator;

namespace OutlookReferral.DemoMailbox;

public sealed class DemoOptions
{
    /// <summary>Serve the built-in (or configured) demo mailbox, signed in as its user, without Entra ID.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A mailbox folder to replay instead of the built-in demo (see README).</summary>
    public string? MailboxPath { get; set; }

    /// <summary>The tenant id the demo rep's records are stored under.</summary>
    public string TenantId { get; set; } = "00000000-0000-0000-0000-00000000de00";

    /// <summary>The emulator's fault mode (Demo:Chaos:FailureRate, Demo:Chaos:Seed...); off by default.</summary>
    public ChaosOptions Chaos { get; set; } = new();

    public string ResolveMailboxPath() =>
        string.IsNullOrWhiteSpace(MailboxPath) ? Path.Combine(AppContext.BaseDirectory, "demo-mailbox") : Path.GetFullPath(MailboxPath);
}
