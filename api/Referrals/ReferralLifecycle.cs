using System.Data.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;
using OutlookReferral.Platform;
using OutlookReferral.Storage;

namespace OutlookReferral.Referrals;

/// <summary>Close (won / lost / not now), reopen, snooze and delete a referral.</summary>
public static class ReferralLifecycle
{
    public static readonly string[] Outcomes = ["won", "lost", "not-now"];

    public sealed record CloseRequest(string? Outcome, string? Note);

    public sealed class CloseValidator : AbstractValidator<CloseRequest>
    {
        public CloseValidator()
        {
            RuleFor(r => r.Outcome).NotEmpty().Must(o => Outcomes.Contains(o))
                .WithMessage($"Choose how it ended: {string.Join(", ", Outcomes)}.");
            RuleFor(r => r.Note).MaximumLength(2000).WithMessage("The note can be at most 2000 characters.");
        }
    }

    public sealed record SnoozeRequest(DateTimeOffset? Until);

    public sealed class SnoozeValidator : AbstractValidator<SnoozeRequest>
    {
        public SnoozeValidator(MailboxClock clock)
        {
            RuleFor(r => r.Until)
                .Must(until => until > clock.Now).WithMessage("Snooze until a moment in the future.")
                .Must(until => until <= clock.Now.AddYears(1)).WithMessage("Snooze for at most a year.")
                .When(r => r.Until is not null);
        }
    }

    public static async Task<Results<Ok<ReferralResponse>, NotFound>> Close(
        string id, CloseRequest request, RepId rep,
        ReferralStore store, MailboxClock clock, CancellationToken ct)
    {
        return await Change(rep, id, store, clock, r => Lifecycle.Of(r) with
        {
            ClosedAt = clock.Now, CloseOutcome = request.Outcome, CloseNote = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
        }, ct) is { } changed ? TypedResults.Ok(changed) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<ReferralResponse>, NotFound, ProblemHttpResult>> Reopen(
        string id, RepId rep, ReferralStore store, MailboxClock clock, CancellationToken ct)
    {
        var referral = await store.FindAsync(rep, id, ct);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }
        if (referral.ClosedAt is not null && await store.FindOpenByProspectAsync(rep, referral.ProspectAddress, ct) is { } open)
        {
            return ReferralProblems.AlreadyTracked(open);
        }
        try
        {
            return await Change(rep, id, store, clock, r => Lifecycle.Of(r) with { ClosedAt = null, CloseOutcome = null, CloseNote = null }, ct) is { } changed
                ? TypedResults.Ok(changed)
                : TypedResults.NotFound();
        }
        catch (DbException e) when (Database.IsUniqueViolation(e))
        {
            // Tracked again between our check and our update: the unique index on open referrals said no.
            return await store.FindOpenByProspectAsync(rep, referral.ProspectAddress, ct) is { } tracked
                ? ReferralProblems.AlreadyTracked(tracked)
                : throw new InvalidOperationException("The prospect's open referral kept changing.", e);
        }
    }

    public static async Task<Results<Ok<ReferralResponse>, NotFound>> Snooze(
        string id, SnoozeRequest request, RepId rep,
        ReferralStore store, MailboxClock clock, CancellationToken ct)
    {
        return await Change(rep, id, store, clock, r => Lifecycle.Of(r) with { SnoozedUntil = request.Until }, ct) is { } changed
            ? TypedResults.Ok(changed)
            : TypedResults.NotFound();
    }

    public static async Task<Results<NoContent, NotFound>> Delete(string id, RepId rep, ReferralStore store, CancellationToken ct) =>
        await store.DeleteAsync(rep, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<ReferralResponse>, NotFound>> Get(
        string id, RepId rep, ReferralStore store, MailboxClock clock, CancellationToken ct) =>
        await store.FindAsync(rep, id, ct) is { } referral ? TypedResults.Ok(referral.AsResponse(clock.Now)) : TypedResults.NotFound();

    private static async Task<ReferralResponse?> Change(
        RepId rep, string id, ReferralStore store, MailboxClock clock, Func<ReferralRecord, Lifecycle> change, CancellationToken ct)
    {
        var referral = await store.FindAsync(rep, id, ct);
        if (referral is null || !await store.SetLifecycleAsync(rep, id, change(referral), ct))
        {
            return null;
        }
        return (await store.FindAsync(rep, id, ct))?.AsResponse(clock.Now);
    }
}
