using OutlookReferral.Identity;

namespace OutlookReferral.Core;

/// <summary>
/// The rep's meetings with referred prospects as the last scan stored them, newest first: Meetings keeps them, and the
/// timeline and the sources view show them.
/// </summary>
public interface IMeetingHistory
{
    Task<IReadOnlyList<MeetingRecord>> ListAsync(RepId rep, CancellationToken ct = default);
}
