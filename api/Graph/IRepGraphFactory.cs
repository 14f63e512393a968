using OutlookReferral.Identity;

namespace OutlookReferral.Graph;

/// <summary>Hands out a Graph client that acts for one rep (demo mailbox, or on-behalf-of in a tenant).</summary>
public interface IRepGraphFactory
{
    RepGraph For(RepId rep);
}
