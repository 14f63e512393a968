using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookReferral.Tests.Identity;

/// <summary>Every route the API maps, read from the running app, so a new route cannot escape the sign-in tests.</summary>
public sealed partial record ApiRoute(string Method, string Pattern)
{
    public static IReadOnlyList<ApiRoute> All(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new ApiRoute(method, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            // Open on purpose: the health check, and what the add-in needs before it can sign in.
            .Where(r => r.Pattern is not ("/healthz" or "/api/client-config"))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    public IEnumerable<string> Parameters => Parameter().Matches(Pattern).Select(m => m.Groups["name"].Value);

    /// <summary>The request, with each route parameter filled in by <paramref name="fill"/>.</summary>
    public HttpRequestMessage Request(Func<string, string> fill)
    {
        var path = Parameter().Replace(Pattern, m => Uri.EscapeDataString(fill(m.Groups["name"].Value)));
        var request = new HttpRequestMessage(new HttpMethod(Method), path);
        if (Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        return request;
    }

    // {id}, {id:guid}, {step?}, {**rest}
    [GeneratedRegex(@"\{\**(?<name>[^}:=?]+)[^}]*\}")]
    private static partial Regex Parameter();

    public override string ToString() => $"{Method} {Pattern}";
}
