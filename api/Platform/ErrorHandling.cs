using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Graph.Models.ODataErrors;
using OutlookReferral.Graph;

namespace OutlookReferral.Platform;

/// <summary>
/// Every error leaves as RFC 7807 problem details; a mailbox failure is the upstream's fault (502), not ours, and a
/// busy Graph (429/503/504 beyond the SDK's retries) is 503 with Retry-After: never a 500.
/// </summary>
public static class ErrorHandling
{
    public static void AddErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier);
            ctx.ProblemDetails.Detail ??= ctx.ProblemDetails.Status switch
            {
                StatusCodes.Status405MethodNotAllowed => $"{ctx.HttpContext.Request.Path} does not take {ctx.HttpContext.Request.Method}.",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with Content-Type: application/json.",
                _ => null,
            };
        });
        // A body or parameter that cannot be bound throws, so the handler below can say what was wrong
        // (which field, what it should be) instead of the framework's bare 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ExceptionProblems>();
    }

    public static void UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    /// <summary>Retry-After of a 503 when Graph named no wait of its own.</summary>
    public const int BusyRetryAfterSeconds = 5;

    /// <summary>The exceptions we can name: Graph failures, requests that could not be read, cancelled requests.</summary>
    private sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            var busy = GraphFailure.Of(exception) is { IsBusy: true } graphBusy ? graphBusy : null;
            var problem = exception switch
            {
                _ when busy is not null => new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable, Title = "Microsoft 365 is busy",
                    Detail = $"Microsoft Graph answered {busy}. Your last results are kept; try again shortly.",
                },
                AggregateException when GraphFailure.Of(exception) is { } other => new ProblemDetails
                {
                    Status = StatusCodes.Status502BadGateway, Title = "The mailbox could not be read",
                    Detail = $"Microsoft Graph answered {other}.",
                },
                ODataError graph => new ProblemDetails
                {
                    Status = StatusCodes.Status502BadGateway, Title = "The mailbox could not be read",
                    Detail = $"Microsoft Graph answered {graph.ResponseStatusCode}: {graph.Error?.Code} {graph.Error?.Message}".Trim(),
                },
                BadHttpRequestException bad => UnreadableRequest.Describe(bad, context.Request),
                OperationCanceledException when context.RequestAborted.IsCancellationRequested => new ProblemDetails
                {
                    Status = StatusCodes.Status499ClientClosedRequest, Title = "The request was cancelled",
                },
                _ => null,
            };
            if (problem is null)
            {
                return false;
            }
            logger.LogWarning(exception, "{Title}", problem.Title);
            context.Response.StatusCode = problem.Status!.Value;
            if (busy is not null)
            {
                // Graph's own wait when it named one, and at least a second.
                var wait = Math.Max(1, (int)Math.Ceiling((busy.RetryAfter ?? TimeSpan.FromSeconds(BusyRetryAfterSeconds)).TotalSeconds));
                context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
        }
    }
}
