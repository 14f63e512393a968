using OutlookReferral.Identity;

namespace OutlookReferral.Drafting;

/// <summary>The right to write the draft for one referral's step; disposing it releases it.</summary>
public sealed class DraftClaim(DraftClaims claims, RepId rep, string referralId, CadenceStep step, string token) : IAsyncDisposable
{
    public RepId Rep => rep;

    public string ReferralId => referralId;

    public CadenceStep Step => step;

    public string Token => token;

    public ValueTask DisposeAsync() => new(claims.ReleaseAsync(this));
}
