using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Sources;

/// <summary>Everyone who has referred the rep, and how the people they introduced are being served (PLAYBOOK "Keep the source in the loop").</summary>
public static class SourcesApi
{
    /// <summary>How one introduction stands, in the words the sources view uses.</summary>
    public static readonly string[] Standings = ["met", "in-touch", "quiet", "no-show", "not-contacted", "closed"];

    /// <param name="Standing">One of <see cref="Standings"/>.</param>
    /// <param name="LastUpdateAt">When the rep last wrote to the source about this prospect.</param>
    /// <param name="OwedUpdate">The prospect answered or met the rep since the source last heard about them.</param>
    /// <param name="Suggested">The note to draft for the source: thank-source after a meeting held, else update-source when owed.</param>
    public sealed record SourceReferral(
        string Id, PartyResponse Prospect, DateTimeOffset IntroducedAt, string Standing, DateTimeOffset? LastUpdateAt,
        bool OwedUpdate, CadenceStep? Suggested, DateTimeOffset? NewsAt);

    public sealed record SourceSummary(
        PartyResponse Source, int Introductions, IReadOnlyDictionary<string, int> Counts, DateTimeOffset? LastUpdateAt,
        int OwedUpdates, IReadOnlyList<SourceReferral> Referrals);

    public sealed record SourcesResponse(IReadOnlyList<SourceSummary> Sources);

    public static RouteGroupBuilder MapSources(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Sources").RequireAuthorization();
        group.MapGet("/sources", ListSources).WithName("ListSources")
            .WithDescription("Everyone who has referred the rep: introductions, how each is going, when the source last heard. Sources owed an update first.");
        return group;
    }

    public static async Task<Ok<SourcesResponse>> ListSources(
        RepId rep, ReferralStore referrals, IReferralStories stories, IMeetingHistory meetings, MailboxClock clock, CancellationToken ct)
    {
        var all = (await referrals.ListAsync(rep, ct)).Select(r => r.AsResponse(clock.Now)).ToList();
        var story = await stories.AllAsync(rep, ct);
        var held = (await meetings.ListAsync(rep, ct)).Where(m => m.Outcome == "attended").ToLookup(m => m.ReferralId, m => m.EndAt);
        return TypedResults.Ok(new SourcesResponse(Summarise(all, story, held)));
    }

    /// <summary>Groups referrals by source and decides who is owed an update. Pure.</summary>
    public static IReadOnlyList<SourceSummary> Summarise(
        IReadOnlyList<ReferralResponse> referrals, ILookup<string, StoryMessage> stories, ILookup<string, DateTimeOffset> meetingsHeld)
    {
        return referrals
            .GroupBy(r => Address.Normalize(r.Source.Address))
            .Select(group =>
            {
                var items = group.OrderByDescending(r => r.IntroducedAt).Select(r => Describe(r, stories[r.Id], meetingsHeld[r.Id])).ToList();
                var counts = Standings.ToDictionary(s => s, s => items.Count(i => i.Standing == s));
                var latest = group.MaxBy(r => r.IntroducedAt)!;
                return new SourceSummary(latest.Source, items.Count, counts,
                    items.Max(i => i.LastUpdateAt), items.Count(i => i.OwedUpdate), items.OrderByDescending(i => i.OwedUpdate).ToList());
            })
            .OrderByDescending(s => s.OwedUpdates > 0)
            .ThenBy(s => s.OwedUpdates > 0 ? s.Referrals.Where(r => r.OwedUpdate).Min(r => r.NewsAt) : null)
            .ThenByDescending(s => s.Referrals.Max(r => r.IntroducedAt))
            .ToList();
    }

    private static SourceReferral Describe(ReferralResponse r, IEnumerable<StoryMessage> story, IEnumerable<DateTimeOffset> held)
    {
        var lastUpdate = story.Where(m => m.Kind is StoryKind.AskSource or StoryKind.UpdateSource).Select(m => (DateTimeOffset?)m.At).Max();
        var metAt = held.Select(h => (DateTimeOffset?)h).Max();
        // News the source has not heard: an answer from the prospect or a meeting, after the last note to the source.
        var news = new[] { r.LastAnswerAt, metAt }.Max();
        var owed = r.ClosedAt is null && news is { } at && (lastUpdate is null || at > lastUpdate);
        CadenceStep? suggested = !owed ? null : metAt is { } met && (lastUpdate is null || met > lastUpdate) ? CadenceStep.ThankSource : CadenceStep.UpdateSource;
        return new SourceReferral(r.Id, r.Prospect, r.IntroducedAt, Standing(r, metAt), lastUpdate, owed, suggested, owed ? news : null);
    }

    private static string Standing(ReferralResponse r, DateTimeOffset? metAt) => r.State switch
    {
        ReferralState.Closed => "closed",
        ReferralState.NoShow => "no-show",
        _ when metAt is not null => "met",
        ReferralState.Quiet => "quiet",
        ReferralState.Replied or ReferralState.Waiting or ReferralState.Paused => "in-touch",
        _ => "not-contacted",
    };
}
