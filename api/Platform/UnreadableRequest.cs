using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace OutlookReferral.Platform;

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
