using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Graph.Models.ODataErrors;

namespace OutlookReferral.Platform;

/// <summary>Every error leaves as RFC 7807 problem details; a mailbox failure is the upstream's fault (502), not ours.</summary>
public static class ErrorHandling
{
    public static void AddErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<GraphFailureHandler>();
    }

    public static void UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    private sealed class GraphFailureHandler(IProblemDetailsService problems, ILogger<GraphFailureHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            var (status, title, detail) = exception switch
            {
                ODataError graph => (StatusCodes.Status502BadGateway, "The mailbox could not be read",
                    $"Microsoft Graph answered {graph.ResponseStatusCode}: {graph.Error?.Code} {graph.Error?.Message}".Trim()),
                BadHttpRequestException bad => (bad.StatusCode, "The request could not be read", bad.Message),
                OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "The request was cancelled", null),
                _ => (0, "", null),
            };
            if (status == 0)
            {
                return false;
            }
            logger.LogWarning(exception, "{Title}", title);
            context.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            });
        }
    }
}
