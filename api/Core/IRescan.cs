using OutlookReferral.Identity;

namespace OutlookReferral.Core;

/// <summary>
/// A scan of the rep's mailbox that starts after the call, for a feature that just changed what a scan reads (a settled
/// meeting, a draft that must see the newest mail). The scan puts every feature together, so a feature reaches it
/// through this, never through the scanner itself.
/// </summary>
public interface IRescan
{
    Task<ScannedReferrals> FreshScanAsync(RepId rep, CancellationToken ct);
}
