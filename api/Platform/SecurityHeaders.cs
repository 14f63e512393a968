namespace OutlookReferral.Platform;

/// <summary>
/// What browsers are told on every response: what the task pane may load and who may frame it, that types are
/// not guessed, that no address leaks in a Referer, that the API's answers are never cached, and HSTS over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Outlook on the web and new Outlook, which frame the task pane; classic desktop hosts it at top level.</summary>
    public static readonly string[] OfficeFrameHosts =
        ["https://outlook.office.com", "https://outlook.office365.com", "https://outlook.cloud.microsoft"];

    /// <summary>Where Office.js comes from (config.js, dialog.html): Microsoft's hosted copy, the only script host besides ours.</summary>
    public const string OfficeJsHost = "https://appsforoffice.microsoft.com";

    public static void AddSecurityHeaders(this IHostApplicationBuilder builder) =>
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

    public static void UseSecurityHeaders(this WebApplication app)
    {
        // HTTPS only, and never for localhost: the built-in middleware's own rule, so a developer's other sites stay reachable.
        app.UseHsts();
        var pane = PanePolicy(app.Configuration);
        app.Use((context, next) =>
        {
            // Set as the response starts, so error pages written after a failure carry them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                // The API's JSON loads nothing and is framed by no one.
                headers.ContentSecurityPolicy = html ? pane : "default-src 'none'; frame-ancestors 'none'";
                if (IsApi(context.Request.Path))
                {
                    // A rep's referrals must not stay in a shared machine's or a proxy's cache.
                    headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz");

    /// <summary>The task pane's policy, one directive a line.</summary>
    public static string PanePolicy(IConfiguration configuration)
    {
        // MSAL talks to the Entra ID authority the pane is configured with (AddIn:Authority), and the API's own instance.
        var signIn = new[] { configuration["AddIn:Authority"], configuration["AzureAd:Instance"], "https://login.microsoftonline.com/" }
            .Select(Origin).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        var signInHosts = string.Join(' ', signIn);
        string[] directives =
        [
            // Nothing that is not listed below.
            "default-src 'none'",
            // Our modules and vendored MSAL, and Office.js; no inline script and no eval, so injected markup cannot run.
            $"script-src 'self' {OfficeJsHost}",
            // Our style sheets only: the pane sets no style attributes and has no <style> blocks.
            "style-src 'self'",
            // Our icons; data: for images a draft preview may carry.
            "img-src 'self' data:",
            // The API (same origin) and MSAL's token requests.
            $"connect-src 'self' {signInHosts}",
            // MSAL renews tokens in a hidden frame of the authority; the draft preview is a srcdoc frame (no source).
            $"frame-src {signInHosts}",
            // Forms are handled in script and never post anywhere.
            "form-action 'self'",
            // A <base> tag could redirect every relative script URL.
            "base-uri 'none'",
            "object-src 'none'",
            // Outlook frames the pane; nobody else may (clickjacking).
            $"frame-ancestors {string.Join(' ', OfficeFrameHosts)}",
        ];
        return string.Join("; ", directives);
    }

    private static string? Origin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.GetLeftPart(UriPartial.Authority) : null;
}
