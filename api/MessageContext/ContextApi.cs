using System.Security.Claims;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.MessageContext;

/// <summary>
/// The referral behind the message the rep is reading: matched by thread, then by the prospect,
/// then by the source; and what "Track referral" would prefill from it.
/// </summary>
public static partial class ContextApi
{
    public static RouteGroupBuilder MapMessageContext(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Message context").RequireAuthorization();
        group.MapGet("/context", GetContext).WithName("GetMessageContext")
            .WithDescription("Pass what Office.js gives for the open item: itemId (and restItemId, convertToRestId's answer, when the pane has it), conversationId (standard or URL-safe base64), from, to and cc (repeat the parameter; \"Name <address>\" or an address), subject.");
        // A thread with a hundred recipients passes the 8 KB a query string may have: the same fields fit in a body.
        group.MapPost("/context", FindContext).WithName("FindMessageContext")
            .WithDescription("The same as GET /api/context, with the fields in a JSON body (to and cc as lists): for messages with many recipients.");
        return group;
    }

    public sealed record Query(string? ItemId, string? ConversationId, string? From, string[] To, string[] Cc, string? Subject, string? RestItemId = null);

    public sealed record Prefill(PartyResponse? Source, IReadOnlyList<PartyResponse> Prospects);

    public sealed record ContextResponse(ReferralResponse? Referral, string? MatchedBy, SuggestionResponse? Suggestion, Prefill Prefill);

    public sealed class QueryValidator : AbstractValidator<Query>
    {
        public QueryValidator()
        {
            RuleFor(q => q.ItemId).MaximumLength(1024);
            RuleFor(q => q.RestItemId).MaximumLength(1024);
            RuleFor(q => q.ConversationId).MaximumLength(512);
            RuleFor(q => q.Subject).MaximumLength(1000);
            // Lengths first: the person pattern is only run over text of a sensible size.
            RuleFor(q => q.From).Cascade(CascadeMode.Stop).MaximumLength(MaxPersonLength).Must(BeAPerson!)
                .When(q => !string.IsNullOrEmpty(q.From)).WithMessage("'from' must be an address or \"Name <address>\".");
            RuleForEach(q => q.To).Cascade(CascadeMode.Stop).MaximumLength(MaxPersonLength).Must(BeAPerson)
                .WithMessage("Each 'to' must be an address or \"Name <address>\".");
            RuleForEach(q => q.Cc).Cascade(CascadeMode.Stop).MaximumLength(MaxPersonLength).Must(BeAPerson)
                .WithMessage("Each 'cc' must be an address or \"Name <address>\".");
            RuleFor(q => (q.To == null ? 0 : q.To.Length) + (q.Cc == null ? 0 : q.Cc.Length)).LessThanOrEqualTo(500).WithName("To").WithMessage("Too many recipients.");
        }

        // A display name (256) and an address (320), with quotes and brackets.
        private const int MaxPersonLength = 600;

        // A JSON body may hold null in a list.
        private static bool BeAPerson(string? text) => text is not null && PartyOf(text) is not null;
    }

    public static Task<Ok<ContextResponse>> GetContext(
        [AsParameters] Query query, ClaimsPrincipal user, ReferralStore store, IOpenIntroductions introductions, IRepGraphFactory graphs,
        MailboxClock clock, CancellationToken ct) =>
        Answer(query, user, store, introductions, graphs, clock, ct);

    public static Task<Ok<ContextResponse>> FindContext(
        Query query, ClaimsPrincipal user, ReferralStore store, IOpenIntroductions introductions, IRepGraphFactory graphs,
        MailboxClock clock, CancellationToken ct) =>
        Answer(query, user, store, introductions, graphs, clock, ct);

    /// <summary>Both forms of the request, validated by the filter, answered the same way.</summary>
    private static async Task<Ok<ContextResponse>> Answer(
        Query query, ClaimsPrincipal user, ReferralStore store, IOpenIntroductions introductions, IRepGraphFactory graphs,
        MailboxClock clock, CancellationToken ct)
    {
        query = query with { To = query.To ?? [], Cc = query.Cc ?? [] };
        var from = query.From;
        var rep = RepId.Of(user);
        var repAddresses = RepId.AddressesOf(user);
        var sender = string.IsNullOrEmpty(from) ? null : PartyOf(from);
        var recipients = query.To.Concat(query.Cc).Select(PartyOf).OfType<PartyResponse>().ToList();
        var people = recipients.Append(sender).OfType<PartyResponse>().Select(p => p.Address).Distinct().ToList();

        // Office.js ids are not Graph's: every form they may be stored in is tried.
        var ids = OpenMessageIds.From(query.ItemId, query.RestItemId, query.ConversationId);
        var (referral, matchedBy) = await MessageMatch.ReferralAsync(rep, ids, people, store, graphs, ct);
        var prefill = PrefillFrom(sender, recipients, repAddresses);
        // No referral yet: maybe the scan found this thread to be an introduction.
        var suggestion = referral is null && (ids.ConversationIds.Count > 0 || ids.ItemIds.Count > 0)
            ? MessageMatch.Suggestion(await introductions.ListAsync(rep, ct), ids)
            : null;
        return TypedResults.Ok(new ContextResponse(referral?.AsResponse(clock.Now), matchedBy, suggestion, prefill));
    }

    /// <summary>Source = the sender; prospects = the other people outside the rep's own domain.</summary>
    private static Prefill PrefillFrom(PartyResponse? sender, List<PartyResponse> recipients, IReadOnlySet<string> repAddresses)
    {
        var repDomains = repAddresses.Select(a => a[(a.IndexOf('@', StringComparison.Ordinal) + 1)..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var source = sender is not null && !repAddresses.Contains(sender.Address) ? sender : null;
        var prospects = recipients
            .Where(p => !repAddresses.Contains(p.Address) && p.Address != sender?.Address && !repDomains.Contains(p.Address[(p.Address.IndexOf('@', StringComparison.Ordinal) + 1)..]))
            .DistinctBy(p => p.Address)
            .ToList();
        return new Prefill(source, prospects);
    }

    [GeneratedRegex(@"^\s*(?:""?(?<name>[^""<]*?)""?\s*<(?<address>[^<>\s]+@[^<>\s]+)>|(?<address>[^<>\s""]+@[^<>\s""]+))\s*$")]
    private static partial Regex Person();

    internal static PartyResponse? PartyOf(string text)
    {
        var match = Person().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var address = Address.Normalize(match.Groups["address"].Value);
        var name = match.Groups["name"].Success && match.Groups["name"].Value.Trim().Length > 0 ? match.Groups["name"].Value.Trim() : address;
        return new PartyResponse(name, address);
    }
}
