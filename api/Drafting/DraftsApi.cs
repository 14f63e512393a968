using System.Collections.Concurrent;
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

    // One draft at a time per referral: a double click or a retry waits for the first and then finds its draft.
    private static readonly ConcurrentDictionary<(RepId, string), SemaphoreSlim> Gates = new();

    public static void MapDrafts(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/referrals/{id}/drafts", Handle).WithTags("Drafting").WithName("DraftNextStep").RequireAuthorization()
            .WithDescription("Creates the draft for the referral's due step (or the given step with force=true) in the rep's Drafts. Never sends.");

    public static async Task<Results<Created<DraftResponse>, Ok<DraftResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        string id, DraftRequest? request, ClaimsPrincipal user, IValidator<DraftRequest> validator, ReferralStore referrals,
        RepScanner scanner, IRepGraphFactory graphs, TemplateStore templates, DraftLedger ledger, MailboxClock clock, CancellationToken ct)
    {
        request ??= new DraftRequest(null);
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary());
        }
        var rep = RepId.Of(user);
        if (await referrals.FindAsync(rep, id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        var gate = Gates.GetOrAdd((rep, id), _ => new SemaphoreSlim(1, 1));
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

            if (await ledger.FindAsync(rep, id, step.Value, ct) is { } earlier && await DraftWriter.FindAsync(graph, earlier, ct) is { } existing)
            {
                return TypedResults.Ok(Response(id, step.Value, existing, null, reused: true));
            }
            var zone = OpenSlots.ZoneOf(scan.Rep);
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
            await ledger.RecordAsync(rep, id, step.Value, drafted.MessageId, clock.Now, ct);
            return TypedResults.Created($"/api/referrals/{id}/drafts", Response(id, step.Value, drafted, plan.ReplyToMessageId, reused: false));
        }
        finally
        {
            gate.Release();
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
