using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Drafting;

/// <summary>Read, change and reset the wording of each step.</summary>
public static class TemplatesApi
{
    public sealed record TemplateResponse(CadenceStep Step, string Subject, string Body, bool IsDefault, IReadOnlyList<string> Tokens);

    public sealed record TemplateRequest(string? Subject, string? Body);

    /// <summary>The step travels with the request so the subject rule can depend on it.</summary>
    /// <summary>A PUT: the step from the route, the wording from the body.</summary>
    public sealed record StepTemplate([FromRoute] string Step, [FromBody] TemplateRequest Template)
    {
        public CadenceStep? KnownStep => StepName.Parse(Step);
    }

    public sealed class Validator : AbstractValidator<StepTemplate>
    {
        public Validator() =>
            // An unknown step is a 404 the handler answers; its wording is not judged.
            When(t => t.KnownStep is not null, Rules);

        private void Rules()
        {
            // Stop at the first failure: the later rules read the text, and a missing one is already said.
            RuleFor(t => t.Template.Subject).Cascade(CascadeMode.Stop).NotEmpty().OverridePropertyName("Subject").WithMessage("Enter a subject.")
                .MaximumLength(Template.MaxSubjectLength).WithMessage($"The subject can be at most {Template.MaxSubjectLength} characters.")
                .Must(NoUnknownTokens!).WithMessage((_, subject) => UnknownMessage(subject!));
            RuleFor(t => t.Template.Subject)
                .Must(subject => subject!.Contains("{SourceName}", StringComparison.Ordinal))
                .When(t => TemplateTokens.SourceNameRequired.Contains(t.KnownStep!.Value) && !string.IsNullOrEmpty(t.Template.Subject))
                .OverridePropertyName("Subject")
                .WithMessage("This step's subject must carry {SourceName}: the referral source's name is what gets the note opened.");
            RuleFor(t => t.Template.Body).Cascade(CascadeMode.Stop).NotEmpty().OverridePropertyName("Body").WithMessage("Enter a body.")
                .Must(body => TemplateTokens.BodyBytes(body!) <= Template.MaxBodyBytes).WithMessage("The body can be at most 32 KB.")
                .Must(NoUnknownTokens!).WithMessage((_, body) => UnknownMessage(body!));
        }

        private static bool NoUnknownTokens(string text) => !TemplateTokens.Unknown(text).Any();

        private static string UnknownMessage(string text) =>
            $"Unknown token(s): {string.Join(", ", TemplateTokens.Unknown(text).Select(t => "{" + t + "}"))}. "
            + $"Use {string.Join(", ", TemplateTokens.Known.Select(t => "{" + t + "}"))}.";
    }

    public static RouteGroupBuilder MapTemplates(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization();
        group.MapGet("/", List).WithName("ListTemplates");
        group.MapGet("/{step}", Get).WithName("GetTemplate");
        group.MapPut("/{step}", Put).WithName("PutTemplate");
        group.MapDelete("/{step}", Reset).WithName("ResetTemplate").WithDescription("Back to our default wording.");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<TemplateResponse>>> List(RepId rep, TemplateStore store, CancellationToken ct)
    {
        var all = new List<TemplateResponse>();
        foreach (var step in Enum.GetValues<CadenceStep>())
        {
            all.Add(Response(step, await store.FindAsync(rep, step, ct)));
        }
        return TypedResults.Ok<IReadOnlyList<TemplateResponse>>(all);
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> Get(string step, RepId rep, TemplateStore store, CancellationToken ct) =>
        StepName.Parse(step) is { } known
            ? TypedResults.Ok(Response(known, await store.FindAsync(rep, known, ct)))
            : StepName.NotFound(step);

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> Put(
        [AsParameters] StepTemplate edit, RepId rep, TemplateStore store, MailboxClock clock, CancellationToken ct)
    {
        if (edit.KnownStep is not { } known)
        {
            return StepName.NotFound(edit.Step);
        }
        var template = new Template(edit.Template.Subject!, edit.Template.Body!);
        await store.SaveAsync(rep, known, template, clock.Now, ct);
        return TypedResults.Ok(Response(known, template));
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> Reset(string step, RepId rep, TemplateStore store, CancellationToken ct)
    {
        if (StepName.Parse(step) is not { } known)
        {
            return StepName.NotFound(step);
        }
        await store.ResetAsync(rep, known, ct);
        return TypedResults.Ok(Response(known, null));
    }

    private static TemplateResponse Response(CadenceStep step, Template? own)
    {
        var template = own ?? DefaultTemplates.For(step);
        return new TemplateResponse(step, template.Subject, template.Body, own is null, TemplateTokens.Known);
    }
}
