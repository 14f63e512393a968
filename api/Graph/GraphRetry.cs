using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutlookReferral.Graph;

/// <summary>
/// How the SDK's pipeline treats a busy Graph. 429 and 503 are retried after their Retry-After, up to the SDK's
/// limit of 10 times, not its default 3: one scan makes dozens of requests, and a throttled tenant answers several
/// in a row (https://learn.microsoft.com/en-us/graph/throttling#best-practices-to-handle-throttling).
/// A 504 on a page is not sent again as it was: <see cref="SmallerPageHandler"/> asks for a smaller page.
/// </summary>
public static class GraphRetry
{
    public const int MaxRetries = 10;

    /// <summary>The most one request waits for Graph's Retry-After in all before its failure is passed on.</summary>
    public static readonly TimeSpan RetriesTimeLimit = TimeSpan.FromMinutes(1);

    /// <summary>The default handlers with our retry policy in place of the SDK's, and smaller pages after a 504.</summary>
    public static IList<DelegatingHandler> Apply(IList<DelegatingHandler> handlers)
    {
        var retry = handlers.IndexOf(handlers.First(h => h is RetryHandler));
        handlers[retry] = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = MaxRetries,
            ShouldRetry = ShouldRetry,
            // Graph may name long waits; past a minute in all, the caller hears "busy" (503) rather than waits on.
            RetriesTimeLimit = RetriesTimeLimit,
        });
        // Outside the retry handler, so every smaller page is itself retried when throttled.
        handlers.Insert(retry, new SmallerPageHandler());
        return handlers;
    }

    private static bool ShouldRetry(int delay, int attempt, HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
        HttpStatusCode.GatewayTimeout => SmallerPageHandler.Halved(response.RequestMessage) is null,
        _ => false,
    };
}

/// <summary>
/// A page that timed out (504) will likely time out again: ask for half as many items from the same place.
/// The @odata.nextLink that follows keeps the smaller $top, so the rest comes in small pages too.
/// Graph documents 504 as a request it could not finish in time: https://learn.microsoft.com/en-us/graph/errors
/// </summary>
public sealed partial class SmallerPageHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        while (response.StatusCode == HttpStatusCode.GatewayTimeout && Halved(response.RequestMessage ?? request) is { } smaller)
        {
            response.Dispose();
            response = await base.SendAsync(smaller, cancellationToken);
        }
        return response;
    }

    /// <summary>
    /// The same GET with half its $top, or half its Prefer: odata.maxpagesize (a delta page, whose link carries no $top);
    /// null when it is not a page or asks for one item already.
    /// </summary>
    internal static HttpRequestMessage? Halved(HttpRequestMessage? request)
    {
        if (request?.Method != HttpMethod.Get || request.RequestUri is not { } uri)
        {
            return null;
        }
        var prefer = request.Headers.TryGetValues("Prefer", out var values) ? string.Join(", ", values) : "";
        var uriSize = PageSize().Match(uri.Query);
        var preferSize = MaxPageSize().Match(prefer);
        var match = preferSize.Success ? preferSize : uriSize;
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var top) || top <= 1)
        {
            return null;
        }
        var n = match.Groups["n"];
        var half = (top / 2).ToString(CultureInfo.InvariantCulture);
        var query = preferSize.Success ? uri.Query : uri.Query[..n.Index] + half + uri.Query[(n.Index + n.Length)..];
        var smaller = new HttpRequestMessage(HttpMethod.Get, new UriBuilder(uri) { Query = query.TrimStart('?') }.Uri) { Version = request.Version };
        foreach (var header in request.Headers.Where(h => !preferSize.Success || !h.Key.Equals("Prefer", StringComparison.OrdinalIgnoreCase)))
        {
            smaller.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        if (preferSize.Success)
        {
            smaller.Headers.TryAddWithoutValidation("Prefer", prefer[..n.Index] + half + prefer[(n.Index + n.Length)..]);
        }
        // The SDK's handlers read their per-request options from here.
        foreach (var option in request.Options)
        {
            smaller.Options.Set(new HttpRequestOptionsKey<object?>(option.Key), option.Value);
        }
        return smaller;
    }

    [GeneratedRegex(@"[?&](?:%24|\$)top=(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PageSize();

    [GeneratedRegex(@"odata\.maxpagesize\s*=\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPageSize();
}
