using System.Net;
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
