using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookReferral.Notifications;

/// <summary>
/// Reads and validates a notification POST by hand: the same URL takes Graph's text/plain handshake, so the
/// framework cannot bind it as JSON up front. Bad bodies get the same RFC 7807 400s as every other route.
/// </summary>
internal static class NotificationBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Body, ProblemHttpResult? Problem, ValidationProblem? Invalid)> ReadAsync<T>(HttpRequest request, IValidator<T> validator)
        where T : class
    {
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException json)
        {
            return (null, TypedResults.Problem(statusCode: 400, title: "The request body is not valid JSON",
                detail: $"Line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}: expected Graph's {{\"value\":[...]}}."), null);
        }
        if (body is null)
        {
            return (null, TypedResults.Problem(statusCode: 400, title: "The request body is missing", detail: "Send Graph's {\"value\":[...]}."), null);
        }
        var result = await validator.ValidateAsync(body, request.HttpContext.RequestAborted);
        return result.IsValid ? (body, null, null) : (null, null, TypedResults.ValidationProblem(result.ToDictionary()));
    }
}
