using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Meetings;

/// <summary>Meetings with referred prospects: no-shows first; the rep settles the ones no report can.</summary>
public static class MeetingsApi
{
    /// <param name="Note">Why the meeting is unclear, in plain words: who joined instead, or why attendance could not be read.</param>
    public sealed record MeetingResponse(
        string EventId, string ReferralId, string Subject, DateTimeOffset Start, DateTimeOffset End, MeetingOutcome Outcome, string? Evidence, bool SettledByRep,
        string? Note);

    public sealed record SettleRequest(string? Outcome);

    public sealed class SettleValidator : AbstractValidator<SettleRequest>
    {
        public SettleValidator() =>
            RuleFor(r => r.Outcome).Must(o => o is "no-show" or "met").WithMessage("Say what happened: \"no-show\" (they didn't show) or \"met\" (we met).");
    }

    private static readonly MeetingOutcome[] Order =
        [MeetingOutcome.NoShow, MeetingOutcome.Unconfirmed, MeetingOutcome.AwaitingReport, MeetingOutcome.Declined, MeetingOutcome.Upcoming, MeetingOutcome.Attended, MeetingOutcome.Cancelled];

    public static RouteGroupBuilder MapMeetings(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/meetings").WithTags("Meetings").RequireAuthorization();
        group.MapGet("/", List).WithName("ListMeetings");
        group.MapPost("/{eventId}/settle", Settle).WithName("SettleMeeting")
            .WithDescription("The rep's word on a meeting with no attendance report: \"no-show\" or \"met\". Rescans the rep.");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<MeetingResponse>>> List(RepId rep, MeetingStore store, CancellationToken ct)
    {
        var rows = await store.ListAsync(rep, ct);
        return TypedResults.Ok<IReadOnlyList<MeetingResponse>>(rows
            .Select(r => new MeetingResponse(r.EventId, r.ReferralId, r.Subject, r.StartAt, r.EndAt,
                Kebab.TryParse<MeetingOutcome>(r.Outcome, out var o) ? o : MeetingOutcome.Unconfirmed, r.Evidence, r.Settlement is not null, r.Note))
            .OrderBy(m => Array.IndexOf(Order, m.Outcome)).ThenByDescending(m => m.Start)
            .ToList());
    }

    public static async Task<Results<NoContent, NotFound>> Settle(
        string eventId, SettleRequest request, RepId rep,
        MeetingStore store, IRescan rescan, MailboxClock clock, CancellationToken ct)
    {
        if (!await store.SettleAsync(rep, eventId, request.Outcome == "no-show" ? Settlement.NoShow : Settlement.Met, clock.Now, ct))
        {
            return TypedResults.NotFound();
        }
        // A scan already running read the meeting before the rep's word: the verdict needs one that starts now.
        await rescan.FreshScanAsync(rep, ct);
        return TypedResults.NoContent();
    }
}
