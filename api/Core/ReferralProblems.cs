using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookReferral.Core;

/// <summary>The problems every way of tracking a referral answers alike: by hand, from a suggestion, by reopening one.</summary>
public static class ReferralProblems
{
    /// <summary>409: one open referral per prospect, and the message names the one that exists.</summary>
    public static ProblemHttpResult AlreadyTracked(ReferralRecord existing) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "This prospect is already tracked",
            detail: $"{existing.ProspectName} <{existing.ProspectAddress}> is already tracked as referred by {existing.SourceName} "
                + $"(introduced {existing.IntroducedAt:yyyy-MM-dd}). Close that referral before tracking a new one.",
            extensions: new Dictionary<string, object?> { ["existingReferralId"] = existing.Id });
}
