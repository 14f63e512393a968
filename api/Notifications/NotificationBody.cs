using System.Text.Json;

namespace OutlookReferral.Notifications;

/// <summary>
/// Binds a notification POST's JSON by hand: the same URL takes Graph's text/plain handshake, which has no JSON to
/// bind (null here; the handshake filter answers it). Unreadable JSON throws as the framework's binding does, so
/// it gets the same RFC 7807 400; the validation filter then judges the body like any other.
/// </summary>
internal static class NotificationBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async ValueTask<T?> BindAsync<T>(HttpContext context) where T : class
    {
        if (context.Request.Query.ContainsKey("validationToken"))
        {
            return null;
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, context.RequestAborted)
                ?? throw new BadHttpRequestException("Required parameter was not provided from body.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException json)
        {
            throw new BadHttpRequestException("The notification body is not valid JSON.", StatusCodes.Status400BadRequest, json);
        }
    }
}
