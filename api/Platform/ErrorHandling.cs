using System.Text.Json;
using System.Text.RegularExpressions;
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

/// <summary>
/// Says what is wrong with a request the framework could not bind: a body that is missing or not JSON,
/// or a field of the wrong type, named as the validators name fields ("Prospect.Address").
/// </summary>
public static partial class UnreadableRequest
{
    public static ProblemDetails Describe(BadHttpRequestException bad, HttpRequest request)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read", Detail = bad.Message };
        }
        if (bad.InnerException is JsonException json)
        {
            return WrongType(json) is { } expected
                ? new ValidationProblemDetails(new Dictionary<string, string[]> { [FieldName(json.Path)] = [$"Expected {expected}."] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "A field of the request has the wrong type",
                }
                : new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request body is not valid JSON",
                    Detail = $"{FirstSentence(json.Message)} (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}).",
                };
        }
        if (request.ContentLength is 0 || bad.Message.Contains("no body was provided", StringComparison.Ordinal)
            || bad.Message.Contains("was not provided from body", StringComparison.Ordinal))
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is missing",
                Detail = "Send the request's fields as a JSON object.",
            };
        }
        return new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request could not be read", Detail = bad.Message };
    }

    /// <summary>"$.prospect.address" → "Prospect.Address", the key FluentValidation gives the same field.</summary>
    public static string FieldName(string? path)
    {
        var segments = (path ?? "").TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? "body" : string.Join('.', segments.Select(s => char.ToUpperInvariant(s[0]) + s[1..]));
    }

    /// <summary>What the field at the exception's path should have been; null when the JSON itself is broken.</summary>
    private static string? WrongType(JsonException json) => json.InnerException switch
    {
        JsonException => null,
        FormatException format when SupportedFormat().Match(format.Message) is { Success: true } m => Expected(m.Groups["type"].Value),
        InvalidOperationException token when TokenAs().Match(token.Message) is { Success: true } m => Expected(m.Groups["type"].Value),
        null when ConvertedTo().Match(json.Message) is { Success: true } m => Expected(m.Groups["type"].Value),
        _ => null,
    };

    private static string Expected(string type) => type switch
    {
        _ when Names(type, "[]") || Names(type, "List") => "a list",
        _ when Names(type, "DateTime") => "a date and time such as 2026-11-23T15:00:00Z",
        _ when Names(type, "DateOnly") => "a date such as 2026-11-23",
        _ when Names(type, "Boolean") => "true or false",
        _ when Names(type, "Int16") || Names(type, "Int32") || Names(type, "Int64") => "a whole number",
        _ when Names(type, "number") || Names(type, "Double") || Names(type, "Decimal") => "a number",
        _ when Names(type, "String") => "text",
        _ => "an object",
    };

    private static bool Names(string type, string part) => type.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string FirstSentence(string message) => message.Split(" Path: ", 2)[0].TrimEnd('.');

    [GeneratedRegex(@"could not be converted to (?<type>[^ ]+?)\. Path:")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"not in a supported (?<type>\w+) format")]
    private static partial Regex SupportedFormat();

    [GeneratedRegex(@"Cannot get the value of a token type '\w+' as a (?<type>\w+)")]
    private static partial Regex TokenAs();
}
