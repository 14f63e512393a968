using OutlookReferral.Identity;

namespace OutlookReferral.Core;

/// <summary>
/// Introductions the scan found that the rep has neither tracked nor dismissed, newest first: Introductions keeps them,
/// and the open message's context offers the one found in it.
/// </summary>
public interface IOpenIntroductions
{
    Task<IReadOnlyList<SuggestionResponse>> ListAsync(RepId rep, CancellationToken ct = default);
}
