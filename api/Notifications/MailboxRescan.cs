using OutlookReferral.Identity;

namespace OutlookReferral.Notifications;

/// <summary>
/// Scans the rep's mailbox now, joining the rep's scan in flight only if it started after the call (new mail may
/// predate it). The composition (FeatureSetup) hands in the scan, so this feature needs none of the scan's insides.
/// </summary>
public delegate Task MailboxRescan(RepId rep, CancellationToken ct);
