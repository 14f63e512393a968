using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using OutlookReferral.Graph;

namespace OutlookReferral.Identity;

/// <summary>
/// When Entra ID wants the rep to consent or to pass a second factor before we may call Graph for
/// them, answers 401 with Microsoft.Identity.Web's WWW-Authenticate challenge (consentUri, claims,
/// scopes). The add-in gets a fresh token with those claims, interactively, and repeats the call.
/// </summary>
internal sealed class GraphTokenFailureHandler(
    ITokenAcquisition tokens, IOptions<GraphOptions> graph, IProblemDetailsService problems, ILogger<GraphTokenFailureHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var chain = Chain(exception).ToList();
        if (chain.OfType<MicrosoftIdentityWebChallengeUserException>().FirstOrDefault() is { } challenge)
        {
            return await Challenge(context, challenge.MsalUiRequiredException, challenge.Scopes, exception);
        }
        if (chain.OfType<MsalUiRequiredException>().FirstOrDefault() is { } uiRequired)
        {
            return await Challenge(context, uiRequired, graph.Value.Scopes, exception);
        }
        if (chain.OfType<MsalServiceException>().FirstOrDefault() is { } refused)
        {
            logger.LogWarning(exception, "Entra ID refused a token for Graph");
            return await Write(context, StatusCodes.Status502BadGateway, "Microsoft Entra ID refused a token for Microsoft Graph", $"{refused.ErrorCode}", exception);
        }
        return false;
    }

    private async Task<bool> Challenge(HttpContext context, MsalUiRequiredException uiRequired, IEnumerable<string> scopes, Exception exception)
    {
        logger.LogInformation("Graph needs the rep's consent or another sign-in step: {Error}", uiRequired.ErrorCode);
        // Microsoft.Identity.Web writes the header (and a 403, the spec's "insufficient" answer); the
        // add-in acts on 401, which says "get another token", so the status is ours.
        var wanted = scopes.ToList();
        await tokens.ReplyForbiddenWithWwwAuthenticateHeaderAsync(wanted, uiRequired, context.Response);
        // The header quotes the claims JSON unescaped; the body carries the same, parseable.
        return await Write(context, StatusCodes.Status401Unauthorized, "Sign-in needs another step",
            "Microsoft Entra ID needs the rep's consent or another sign-in step before the mailbox can be read; the WWW-Authenticate header says which.",
            exception, new() { ["scopes"] = wanted, ["claims"] = string.IsNullOrEmpty(uiRequired.Claims) ? null : uiRequired.Claims });
    }

    private async Task<bool> Write(HttpContext context, int status, string title, string? detail, Exception exception, Dictionary<string, object?>? extensions = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? [])
        {
            problem.Extensions[key] = value;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
