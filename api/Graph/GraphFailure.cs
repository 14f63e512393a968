using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OutlookReferral.Graph;

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
