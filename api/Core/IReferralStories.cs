using OutlookReferral.Identity;

namespace OutlookReferral.Core;

/// <summary>Each referral's story as the last scan stored it: the timeline keeps it, and the sources view reads it.</summary>
public interface IReferralStories
{
    /// <summary>Every referral's story of the rep, by referral id, each in date order.</summary>
    Task<ILookup<string, StoryMessage>> AllAsync(RepId rep, CancellationToken ct = default);
}
