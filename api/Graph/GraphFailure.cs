using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OutlookReferral.Graph;

/// <summary>What Graph answered when a call failed: its status, error code and message, and how long it asked us to wait.</summary>
public sealed record GraphProblem(int Status, string Code, string Message, TimeSpan? RetryAfter)
{
    /// <summary>Throttled, unavailable or timed out: Graph is busy, and asking again later is the cure.</summary>
    public bool IsBusy => Status is 429 or 503 or 504;

    /// <summary>"503 ServiceNotAvailable: The service is temporarily unavailable."</summary>
    public override string ToString() => $"{Status} {Code}: {Message}".Trim().TrimEnd(':');
}

/// <summary>
/// Reads a Graph failure out of what the SDK throws: an <see cref="ODataError"/> for an answered error, or the
/// RetryHandler's <see cref="AggregateException"/> ("Too many retries performed") when 429/503/504 outlasted its retries.
/// </summary>
public static partial class GraphFailure
{
    public static GraphProblem? Of(Exception exception) => exception switch
    {
        ODataError error => new GraphProblem(error.ResponseStatusCode, error.Error?.Code ?? "", error.Error?.Message ?? error.Message, RetryAfter(error)),
        AggregateException many when many.InnerExceptions.LastOrDefault() is ApiException last => FromRetries(last),
        AggregateException many when many.InnerException is { } inner => Of(inner),
        _ => exception.InnerException is { } cause ? Of(cause) : null,
    };

    // The RetryHandler keeps only the status, headers and raw body of the last answer.
    private static GraphProblem FromRetries(ApiException last)
    {
        var code = CodeInBody().Match(last.Message) is { Success: true } c ? c.Groups[1].Value : "";
        var message = MessageInBody().Match(last.Message) is { Success: true } m ? m.Groups[1].Value : "Too many retries.";
        return new GraphProblem(last.ResponseStatusCode, code, message, RetryAfter(last));
    }

    private static TimeSpan? RetryAfter(ApiException error) =>
        error.ResponseHeaders.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value
        && int.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    [GeneratedRegex("\"code\"\\s*:\\s*\"([^\"]*)\"")]
    private static partial Regex CodeInBody();

    [GeneratedRegex("\"message\"\\s*:\\s*\"([^\"]*)\"")]
    private static partial Regex MessageInBody();
}
