using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

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
            RuleFor(r => r.Step).Must(s => StepName.Parse(s) is not null).When(r => r.Step is not null)
                .WithMessage($"Unknown step. Use one of: {StepName.Known}.");
    }

    private const int RetryAfterSeconds = 5;

    /// <summary>What drafting needs besides the request, bound as one parameter (eShop's OrderServices).</summary>
    public sealed record DraftServices(
        ReferralStore Referrals, IRescan Rescan, IRepGraphFactory Graphs, TemplateStore Templates, DraftLedger Ledger,
        DraftClaims Claims, MailboxClock Clock);

    public static RouteGroupBuilder MapDrafts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/referrals").WithTags("Drafting").RequireAuthorization();
        group.MapPost("/{id}/drafts", DraftNextStep).WithName("DraftNextStep")
            .WithDescription("Creates the draft for the referral's due step (or the given step with force=true) in the rep's Drafts. Never sends.");
        return group;
    }

    /// <summary>Claim the step, guard it, compose the note, write it to Drafts, record it: one draft per step, however many clicks.</summary>
    public static async Task<Results<Created<DraftResponse>, Ok<DraftResponse>, NotFound, ProblemHttpResult>> DraftNextStep(
        string id, DraftRequest? request, RepId rep, HttpResponse response, [AsParameters] DraftServices services, CancellationToken ct)
    {
        request ??= new DraftRequest(null);
        if (await services.Referrals.FindAsync(rep, id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        // A double click on this instance queues here and then finds the first one's draft, without polling the database.
        var gate = services.Claims.GateFor(rep, id);
        await gate.WaitAsync(ct);
        try
        {
            using var graph = services.Graphs.For(rep);
            // Read the mailbox now: the prospect may have answered a minute ago.
            var scan = await services.Rescan.FreshScanAsync(rep, ct);
            var (referral, status) = scan.Referrals.FirstOrDefault(r => r.Referral.Id == id);
            if (referral is null)
            {
                return TypedResults.NotFound();
            }
            if (StepFor(request, status) is not { } step)
            {
                return Refused(new Refusal("nothing-due", $"Nothing is due for {referral.Prospect.Name}: the cadence has run its course. Close the referral or write to them yourself.", null));
            }

            var (claim, theirs) = await ClaimOrWaitAsync(services.Claims, services.Ledger, graph, rep, id, step, ct);
            if (theirs is not null)
            {
                return TypedResults.Ok(Response(id, step, theirs, null, reused: true));
            }
            if (claim is null)
            {
                response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Refused(new Refusal("draft-in-progress", "A draft for this step is being written right now. Try again in a moment.", null));
            }
            // Released however this ends: a refusal or a Graph failure leaves the step free for the next click.
            await using var held = claim;
            if ((await RecordedDraftAsync(services.Ledger, graph, rep, id, step, lookedAt: null, ct)).Draft is { } existing)
            {
                return TypedResults.Ok(Response(id, step, existing, null, reused: true));
            }
            if (DraftGuard.Check(step, status, referral.Prospect.Name, request.Force, services.Clock.Now, scan.Rep.Zone) is { } refusal)
            {
                return Refused(refusal);
            }
            var plan = await ComposeAsync(rep, step, referral, status, scan.Rep, graph, services, ct);
            var drafted = await DraftWriter.CreateAsync(graph, plan, ct);
            // The draft exists now: record it even if the rep stopped waiting, or the next click would make another.
            await services.Ledger.RecordAsync(rep, id, step, drafted.MessageId, services.Clock.Now, CancellationToken.None);
            return TypedResults.Created($"/api/referrals/{id}/drafts", Response(id, step, drafted, plan.ReplyToMessageId, reused: false));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The step the rep asked for (validated already), else the one due, else the next one coming.</summary>
    private static CadenceStep? StepFor(DraftRequest request, FollowUpStatus status) =>
        StepName.Parse(request.Step) ?? status.NextStep ?? status.UpcomingStep;

    /// <summary>The note for this step from the rep's template; "sorry I missed you" brings the missed time and three open times.</summary>
    private static async Task<DraftPlan> ComposeAsync(
        RepId rep, CadenceStep step, TrackedReferral referral, FollowUpStatus status, RepProfile profile, RepGraph graph, DraftServices services,
        CancellationToken ct)
    {
        var template = await services.Templates.ForAsync(rep, step, ct);
        var inputs = new DraftInputs(step, referral, profile, status, profile.Zone);
        if (step == CadenceStep.SorryIMissedYou)
        {
            var missed = status.Meetings.Where(m => m.Outcome == MeetingOutcome.NoShow).MaxBy(m => m.Meeting.End)?.Meeting;
            inputs = inputs with
            {
                MeetingTime = missed is null ? null : SlotFinder.DescribeMeeting(missed.Start, profile.Zone),
                OpenSlots = await OpenSlots.FindAsync(graph, profile, services.Clock.Now, ct),
            };
        }
        return DraftComposer.Compose(inputs, template);
    }

    /// <summary>
    /// The draft the ledger recorded for this step, if it is still in the mailbox (the rep may have sent or deleted it).
    /// A draft id Graph was already asked about (<paramref name="lookedAt"/>) is not asked about again; the id last asked about comes back.
    /// </summary>
    private static async Task<(string? LookedAt, DraftedMessage? Draft)> RecordedDraftAsync(
        DraftLedger ledger, RepGraph graph, RepId rep, string id, CadenceStep step, string? lookedAt, CancellationToken ct)
    {
        if (await ledger.FindAsync(rep, id, step, ct) is not { } recorded || recorded == lookedAt)
        {
            return (lookedAt, null);
        }
        return (recorded, await DraftWriter.FindAsync(graph, recorded, ct));
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
            (looked, var theirs) = await RecordedDraftAsync(ledger, graph, rep, id, step, looked, ct);
            if (theirs is not null)
            {
                return (null, theirs);
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
