using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Meetings;
using OutlookReferral.Platform;
using OutlookReferral.Referrals;

namespace OutlookReferral.Drafting;

/// <summary>One click: the right note for the referral's due step, waiting in the rep's Drafts.</summary>
public static class DraftsApi
{
    public sealed record DraftRequest(string? Step, bool Force = false);

    public sealed record DraftResponse(
        string ReferralId, CadenceStep Step, string MessageId, string EwsId, string? WebLink, string Subject,
        IReadOnlyList<PartyResponse> To, string? InReplyTo, string BodyHtml, bool Reused);

    public sealed class Validator : AbstractValidator<DraftRequest>
    {
        public Validator() =>
            RuleFor(r => r.Step).Must(s => Kebab.TryParse<CadenceStep>(s, out _)).When(r => r.Step is not null)
                .WithMessage($"Unknown step. Use one of: {string.Join(", ", Kebab.Names<CadenceStep>())}.");
    }

    private const int RetryAfterSeconds = 5;

    public static void MapDrafts(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/referrals/{id}/drafts", Handle).WithTags("Drafting").WithName("DraftNextStep").RequireAuthorization()
            .WithDescription("Creates the draft for the referral's due step (or the given step with force=true) in the rep's Drafts. Never sends.");

    public static async Task<Results<Created<DraftResponse>, Ok<DraftResponse>, NotFound, ProblemHttpResult>> Handle(
        string id, DraftRequest? request, RepId rep, HttpResponse response,
        ReferralStore referrals, RepScanner scanner, IRepGraphFactory graphs, TemplateStore templates, DraftLedger ledger,
        DraftClaims claims, MailboxClock clock, CancellationToken ct)
    {
        request ??= new DraftRequest(null);
        if (await referrals.FindAsync(rep, id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        // A double click on this instance queues here and then finds the first one's draft, without polling the database.
        var gate = claims.GateFor(rep, id);
        await gate.WaitAsync(ct);
        try
        {
            using var graph = graphs.For(rep);
            // Read the mailbox now: the prospect may have answered a minute ago.
            var scan = await scanner.ScanAsync(rep, ct);
            var (referral, status) = scan.Referrals.FirstOrDefault(r => r.Referral.Id == id);
            if (referral is null)
            {
                return TypedResults.NotFound();
            }
            CadenceStep? wanted = request.Step is null ? null : Kebab.TryParse<CadenceStep>(request.Step, out var s) ? s : null;
            var step = wanted ?? status.NextStep ?? status.UpcomingStep;
            if (step is null)
            {
                return Refused(new Refusal("nothing-due", $"Nothing is due for {referral.Prospect.Name}: the cadence has run its course. Close the referral or write to them yourself.", null));
            }

            var (claim, theirs) = await ClaimOrWaitAsync(claims, ledger, graph, rep, id, step.Value, ct);
            if (theirs is not null)
            {
                return TypedResults.Ok(Response(id, step.Value, theirs, null, reused: true));
            }
            if (claim is null)
            {
                response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Refused(new Refusal("draft-in-progress", "A draft for this step is being written right now. Try again in a moment.", null));
            }
            // Released however this ends: a refusal or a Graph failure leaves the step free for the next click.
            await using var held = claim;
            if (await ledger.FindAsync(rep, id, step.Value, ct) is { } earlier && await DraftWriter.FindAsync(graph, earlier, ct) is { } existing)
            {
                return TypedResults.Ok(Response(id, step.Value, existing, null, reused: true));
            }
            var zone = scan.Rep.Zone;
            if (DraftGuard.Check(step.Value, status, referral.Prospect.Name, request.Force, clock.Now, zone) is { } refusal)
            {
                return Refused(refusal);
            }
            var template = await templates.ForAsync(rep, step.Value, ct);
            var inputs = new DraftInputs(step.Value, referral, scan.Rep, status, zone);
            if (step == CadenceStep.SorryIMissedYou)
            {
                // The easy way back: the missed time, and three open times from the rep's own calendar.
                var missed = status.Meetings.Where(m => m.Outcome == MeetingOutcome.NoShow).MaxBy(m => m.Meeting.End)?.Meeting;
                inputs = inputs with
                {
                    MeetingTime = missed is null ? null : SlotFinder.DescribeMeeting(missed.Start, zone),
                    OpenSlots = await OpenSlots.FindAsync(graph, scan.Rep, clock.Now, ct),
                };
            }
            var plan = DraftComposer.Compose(inputs, template);
            var drafted = await DraftWriter.CreateAsync(graph, plan, ct);
            // The draft exists now: record it even if the rep stopped waiting, or the next click would make another.
            await ledger.RecordAsync(rep, id, step.Value, drafted.MessageId, clock.Now, CancellationToken.None);
            return TypedResults.Created($"/api/referrals/{id}/drafts", Response(id, step.Value, drafted, plan.ReplyToMessageId, reused: false));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Claims the step, or waits while another instance holds it (this instance's gate already lets one request
    /// through at a time). Their draft, once in the ledger, answers this click too. Neither in time: both null.
    /// </summary>
    private static async Task<(DraftClaim? Claim, DraftedMessage? Theirs)> ClaimOrWaitAsync(
        DraftClaims claims, DraftLedger ledger, RepGraph graph, RepId rep, string id, CadenceStep step, CancellationToken ct)
    {
        var since = claims.Now;
        string? looked = null;
        while (true)
        {
            if (await claims.TryClaimAsync(rep, id, step, ct) is { } claim)
            {
                return (claim, null);
            }
            // Graph is asked once per draft id the ledger shows, not on every poll.
            if (await ledger.FindAsync(rep, id, step, ct) is { } recorded && recorded != looked)
            {
                looked = recorded;
                if (await DraftWriter.FindAsync(graph, recorded, ct) is { } theirs)
                {
                    return (null, theirs);
                }
            }
            if (!await claims.KeepWaitingAsync(since, ct))
            {
                return (null, null);
            }
        }
    }

    private static ProblemHttpResult Refused(Refusal refusal) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Not now",
            detail: refusal.Message,
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code, ["dueAt"] = refusal.DueAt });

    private static DraftResponse Response(string referralId, CadenceStep step, DraftedMessage draft, string? inReplyTo, bool reused) =>
        new(referralId, step, draft.MessageId, draft.EwsId, draft.WebLink, draft.Subject,
            draft.To.Select(p => new PartyResponse(p.Name, p.Address)).ToList(), inReplyTo, draft.BodyHtml, reused);
}
