using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.FollowUps;

/// <summary>The follow-up list: every tracked referral with its state and next step, and the scan that refreshes it.</summary>
public static class FollowUpsApi
{
    public static RouteGroupBuilder MapFollowUps(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Follow-ups").RequireAuthorization();
        // A rep who opens the pane joins the background scans.
        group.AddEndpointFilter(async (context, next) =>
        {
            if (RepId.FromPrincipal(context.HttpContext.User) is { } rep)
            {
                await context.HttpContext.RequestServices.GetRequiredService<RepRegistry>().SeenAsync(rep, context.HttpContext.RequestAborted);
            }
            return await next(context);
        });
        group.MapGet("/referrals", ListReferrals).WithName("ListReferrals")
            .WithDescription("The rep's referrals, gone-quiet first. Filter with state=quiet or state=quiet,replied.");
        group.MapPost("/scan", Scan).WithName("Scan")
            .WithDescription("Reads the rep's mailbox now and returns the refreshed list.");
        group.MapGet("/scan/progress", Progress).WithName("ScanProgress")
            .WithDescription("Where the rep's running scan is (pane, draft or background alike): folder, pages, messages, and the share of the window read.");
        return group;
    }

    public sealed record ListQuery(string? State);

    public sealed class ListQueryValidator : AbstractValidator<ListQuery>
    {
        public ListQueryValidator()
        {
            RuleFor(q => q.State)
                .Must(BeKnownStates!)
                .When(q => q.State is not null)
                .WithMessage($"Unknown state. Use one or more of: {string.Join(", ", Kebab.Names<ReferralState>())}, separated by commas.");
        }

        private static bool BeKnownStates(string states) =>
            SplitStates(states).All(s => Kebab.TryParse<ReferralState>(s, out _)) && SplitStates(states).Length > 0;
    }

    public static async Task<Ok<ReferralList>> ListReferrals(
        [AsParameters] ListQuery query, RepId rep, ReferralStore store, FollowUpStatusStore statuses,
        MailboxClock clock, CancellationToken ct)
    {
        var state = query.State;
        var wanted = state is null ? null : SplitStates(state).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = (await store.ListAsync(rep, ct))
            .Select(r => r.AsResponse(clock.Now))
            .Where(r => wanted is null || (r.State is { } s && wanted.Contains(Kebab.Name(s))));
        return TypedResults.Ok(new ReferralList(FollowUpOrder.Sort(items), await statuses.LastScanAsync(rep, ct)));
    }

    public static async Task<Ok<ScanSummary>> Scan(
        RepId rep, RepScanner scanner, ReferralStore store, MailboxClock clock, CancellationToken ct)
    {
        var result = await scanner.ScanAsync(rep, ct);
        var items = (await store.ListAsync(rep, ct)).Select(r => r.AsResponse(clock.Now));
        return TypedResults.Ok(new ScanSummary(result.FinishedAt, result.GraphRequests, result.MessagesRead, FollowUpOrder.Sort(items)));
    }

    public static async Task<Ok<ScanProgressResponse>> Progress(
        RepId rep, ScanProgressBoard board, FollowUpStatusStore statuses, CancellationToken ct)
    {
        // The last finished scan lets an open pane notice a background scan it never saw running.
        return TypedResults.Ok(board.For(rep) with { LastScanAt = await statuses.LastScanAsync(rep, ct) });
    }

    private static string[] SplitStates(string states) =>
        states.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
