using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;

namespace OutlookReferral.Platform;

/// <summary>
/// Requests a browser was tricked into sending are refused before they reach a handler: in demo mode any Host but
/// a loopback name (DNS rebinding: a site whose name points at 127.0.0.1), and in every mode a state-changing
/// request from a page of another origin (a form or fetch with no body needs no CORS preflight).
/// </summary>
public static class RequestFences
{
    public static void UseRequestFences(this WebApplication app)
    {
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled;
        app.Use(async (context, next) =>
        {
            var refusal = (demo ? ForeignHost(context.Request) : null) ?? CrossOrigin(context.Request);
            if (refusal is null)
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = refusal.Status!.Value;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = refusal });
        });
    }

    /// <summary>Demo mode listens on loopback only, so a request naming any other host came through a name someone else controls.</summary>
    public static ProblemDetails? ForeignHost(HttpRequest request) => IsLoopbackName(request.Host.Host) ? null : new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Unknown host",
        Detail = "The demo answers only to localhost, 127.0.0.1 and [::1].",
    };

    public static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>
    /// A POST, PUT, PATCH or DELETE whose Origin is another origin than the one it was sent to, or that the browser
    /// marks as coming from another site (Sec-Fetch-Site), is refused. Requests without these headers are not from a
    /// browser page (scripts, tests, the scan command's users) and carry no ambient credentials a page could abuse.
    /// </summary>
    public static ProblemDetails? CrossOrigin(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return null;
        }
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        var foreign = site is "cross-site" or "same-site" || (origin.Length > 0 && !SameOrigin(origin, request.Host));
        return foreign ? new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Cross-site request refused",
            Detail = "Changes can only be made from the task pane's own pages.",
        } : null;
    }

    /// <summary>
    /// The Origin's host and port against the Host header's. A Host without a port takes the Origin's default, since a
    /// proxy that ends TLS forwards "example.com" for https://example.com.
    /// </summary>
    public static bool SameOrigin(string origin, HostString host)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !host.HasValue)
        {
            return false; // "null" (a sandboxed frame, a file) or garbage
        }
        return uri.IdnHost.Trim('[', ']').Equals(host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase) && uri.Port == (host.Port ?? uri.Port);
    }
}
