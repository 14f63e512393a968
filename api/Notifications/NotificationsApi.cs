using Microsoft.Extensions.Options;

namespace OutlookReferral.Notifications;

/// <summary>
/// The webhook Graph calls: anonymous, since Graph signs in as nobody; each notification is checked against the
/// subscription's secret instead. Both URLs answer Graph's validation handshake.
/// </summary>
public static class NotificationsApi
{
    // Graph's tokens are a sentence and a GUID; anything much longer is not Graph's.
    private const int MaxToken = 1024;

    /// <summary>Maps the webhook when Notifications:Enabled; otherwise the group stays empty and nothing answers there.</summary>
    public static RouteGroupBuilder MapNotifications(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(NotificationUrls.ChangesPath).WithTags("Notifications").AllowAnonymous();
        if (!routes.ServiceProvider.GetRequiredService<IOptions<NotificationOptions>>().Value.Enabled)
        {
            return group;
        }
        group.AddEndpointFilter(async (invocation, next) => Handshake(invocation.HttpContext.Request) ?? await next(invocation));
        group.MapPost("", ReceiveChanges.HandleAsync).WithName("ReceiveChanges");
        group.MapPost("/lifecycle", ReceiveLifecycle.HandleAsync).WithName("ReceiveLifecycle");
        return group;
    }

    /// <summary>
    /// POST ?validationToken=…: answer 200, text/plain, the token URL-decoded (the query string is decoded already)
    /// within 10 s, or Graph makes no subscription (includes/change-notifications-delivery-notificationurl-validation.md).
    /// Plain text with nosniff (SecurityHeaders) is never rendered, so the echo cannot carry script to a browser.
    /// </summary>
    private static IResult? Handshake(HttpRequest request)
    {
        if (!request.Query.TryGetValue("validationToken", out var values))
        {
            return null;
        }
        var token = values.ToString();
        return token.Length is 0 or > MaxToken
            ? TypedResults.Problem(statusCode: 400, title: "Not a validation token", detail: $"A validationToken has 1 to {MaxToken} characters.")
            : TypedResults.Text(token, "text/plain", System.Text.Encoding.UTF8);
    }
}
