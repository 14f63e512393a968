using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Introductions;

/// <summary>Introductions found in the mail: track one in one click, or dismiss it for good.</summary>
public static class IntroductionsApi
{
    public static RouteGroupBuilder MapIntroductions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/introductions").WithTags("Introductions").RequireAuthorization();
        group.MapGet("/", List).WithName("ListIntroductions");
        group.MapPost("/{id}/track", Track).WithName("TrackIntroduction");
        group.MapPost("/{id}/dismiss", Dismiss).WithName("DismissIntroduction");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<SuggestionResponse>>> List(RepId rep, SuggestionStore store, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<SuggestionResponse>>((await store.ListOpenAsync(rep, ct)).Select(s => s.AsResponse()).ToList());

    public static async Task<Results<Created<ReferralResponse>, NotFound, ProblemHttpResult>> Track(
        string id, RepId rep, SuggestionStore suggestions, ReferralStore referrals, MailboxClock clock, CancellationToken ct)
    {
        var suggestion = await suggestions.FindAsync(rep, id, ct);
        if (suggestion is null || suggestion.Status == SuggestionStore.Dismissed)
        {
            return TypedResults.NotFound();
        }
        var referral = new NewReferral(
            NewReferral.NewId(),
            new Party(suggestion.ProspectName, suggestion.ProspectAddress),
            new Party(suggestion.SourceName, suggestion.SourceAddress),
            suggestion.ReceivedAt,
            ConversationId: suggestion.ConversationId,
            IntroductionMessageId: suggestion.MessageId);
        if (await referrals.AddUnlessTrackedAsync(rep, referral, clock.Now, ct) is { } existing)
        {
            return ReferralProblems.AlreadyTracked(existing);
        }
        await suggestions.DecideAsync(rep, id, SuggestionStore.Tracked, referral.Id, clock.Now, ct);
        var created = (await referrals.FindAsync(rep, referral.Id, ct))!.AsResponse(clock.Now);
        return TypedResults.Created($"/api/referrals/{referral.Id}", created);
    }

    public static async Task<Results<NoContent, NotFound>> Dismiss(
        string id, RepId rep, SuggestionStore suggestions, MailboxClock clock, CancellationToken ct) =>
        await suggestions.DecideAsync(rep, id, SuggestionStore.Dismissed, null, clock.Now, ct)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}
