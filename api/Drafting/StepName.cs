using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookReferral.Drafting;

/// <summary>
/// A cadence step as a route or a request names it ("second-note"), parsed in one place, with the answers for a name
/// that is no step: the templates' 404 and the draft request's field error both list the steps there are.
/// </summary>
public static class StepName
{
    /// <summary>The steps as the API spells them, for messages.</summary>
    public static string Known { get; } = string.Join(", ", Kebab.Names<CadenceStep>());

    /// <summary>The step <paramref name="name"/> names, or null when it names none (or is absent).</summary>
    public static CadenceStep? Parse(string? name) => Kebab.TryParse<CadenceStep>(name, out var step) ? step : null;

    /// <summary>A template route naming no step: there is no such resource.</summary>
    public static ProblemHttpResult NotFound(string name) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "There is no such step",
        detail: $"No template is called \"{name}\". The steps are: {Known}.");
}
