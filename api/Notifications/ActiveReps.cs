using OutlookReferral.Identity;

namespace OutlookReferral.Notifications;

/// <summary>The reps who use the product now (signed in lately): the ones who get a subscription. Handed in by the composition.</summary>
public delegate Task<IReadOnlyList<RepId>> ActiveReps(CancellationToken ct);
