using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Referrals;

/// <summary>Track a referral by hand, or from the message the rep is reading.</summary>
public static class CreateReferral
{
    public sealed record PartyInput(string? Name, string? Address);

    public sealed record Request(PartyInput? Prospect, PartyInput? Source, DateTimeOffset? IntroducedAt, string? ConversationId, string? MessageId);

    public sealed class Validator : AbstractValidator<Request>
    {
        public const int MaxYearsBack = 5;

        public Validator(MailboxClock clock)
        {
            RuleFor(r => r.Prospect).NotNull().WithMessage("Say who was introduced: the prospect's name and address.");
            RuleFor(r => r.Source).NotNull().WithMessage("Say who made the introduction: the source's name and address.");
            RuleFor(r => r.Prospect!).ChildRules(party => PartyRules(party, "prospect")).When(r => r.Prospect is not null);
            RuleFor(r => r.Source!).ChildRules(party => PartyRules(party, "source")).When(r => r.Source is not null);
            RuleFor(r => r.Source!.Address)
                .Must((r, source) => !string.Equals(source?.Trim(), r.Prospect?.Address?.Trim(), StringComparison.OrdinalIgnoreCase))
                .When(r => r.Prospect is not null && r.Source is not null)
                .WithName("Source.Address")
                .WithMessage("The source and the prospect must be two different people.");
            RuleFor(r => r.IntroducedAt)
                .Must(at => at <= clock.Now.AddMinutes(5)).WithMessage("The introduction date cannot be in the future.")
                // Far past the scan window (120 days by default), and before anything a rep would still follow up:
                // a year 1 or 1970 date is a client's default value, not an introduction.
                .Must(at => at >= clock.Now.AddYears(-MaxYearsBack)).WithMessage($"The introduction date can be at most {MaxYearsBack} years ago.")
                .When(r => r.IntroducedAt is not null);
            RuleFor(r => r.ConversationId).MaximumLength(512);
            RuleFor(r => r.MessageId).MaximumLength(512);
        }
    }

    /// <summary>
    /// Name and address of one person; the rep's own addresses come in through the validation context. Rules inside
    /// the request's validator, not a validator class of their own: the assembly scan registers only what the
    /// container can build, and a validator that needs its role could not be.
    /// </summary>
    private static void PartyRules(InlineValidator<PartyInput> party, string role)
    {
        party.RuleFor(p => p.Name).NotEmpty().WithMessage($"Enter the {role}'s name.")
            .MaximumLength(200).WithMessage($"The {role}'s name can be at most 200 characters.");
        party.RuleFor(p => p.Address).NotEmpty().WithMessage($"Enter the {role}'s email address.")
            .MaximumLength(320)
            .Matches(@"^[^@\s<>(),;:""\[\]]+@[^@\s<>(),;:""\[\]]+\.[^@\s<>(),;:""\[\]]+$").WithMessage($"The {role}'s email address is not valid.")
            .Must((_, address, context) => !IsRep(address, context)).WithMessage($"The {role} cannot be you.");
    }

    private static bool IsRep(string? address, ValidationContext<PartyInput> context) =>
        address is not null
        && context.RootContextData.TryGetValue(ValidationFilter.RepAddressesKey, out var value)
        && value is IReadOnlySet<string> rep
        && rep.Contains(address.Trim());

    public static async Task<Results<Created<ReferralResponse>, ProblemHttpResult>> Create(
        Request request, RepId rep, ReferralStore store, MailboxClock clock, CancellationToken ct)
    {
        var referral = new NewReferral(
            NewReferral.NewId(),
            new Party(request.Prospect!.Name!.Trim(), Address.Normalize(request.Prospect.Address!)),
            new Party(request.Source!.Name!.Trim(), Address.Normalize(request.Source.Address)),
            request.IntroducedAt ?? clock.Now,
            // Stored as Graph spells it, so the scan's and the pane's ids of one thread are one id.
            ConversationId: OutlookIds.GraphConversationId(request.ConversationId),
            IntroductionMessageId: request.MessageId);
        if (await store.AddUnlessTrackedAsync(rep, referral, clock.Now, ct) is { } existing)
        {
            return ReferralProblems.AlreadyTracked(existing);
        }
        var created = (await store.FindAsync(rep, referral.Id, ct))!.AsResponse(clock.Now);
        return TypedResults.Created($"/api/referrals/{referral.Id}", created);
    }
}
