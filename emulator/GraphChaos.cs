using System.Globalization;
using System.Net;

namespace OutlookReferral.Emulator;

/// <summary>
/// Decides which requests fail and how: 429 with Retry-After, 503 with Retry-After, or 504 for a large page.
/// One sequence per process, so a seed replays the same faults for the same (sequential) scan.
/// </summary>
public sealed class GraphChaos(ChaosOptions options)
{
    private readonly Random random = options.Seed is { } seed ? new Random(seed) : new Random();
    private readonly Lock gate = new();
    private int faults;

    /// <summary>The current failure rate; tests and demos may change it while the API runs.</summary>
    public double FailureRate { get; set; } = options.FailureRate;

    public ChaosOptions Options { get; } = options;

    /// <summary>Faults answered so far: each one costs the product a retry (or a smaller page).</summary>
    public int Faults => Volatile.Read(ref faults);

    /// <summary>The failure to answer instead of serving <paramref name="request"/>; null to serve it.</summary>
    public HttpResponseMessage? Fault(HttpRequestMessage request)
    {
        if (FailureRate <= 0)
        {
            return null;
        }
        double roll;
        int kind;
        lock (gate)
        {
            roll = random.NextDouble();
            kind = Options.Faults.Length == 0 ? 0 : Options.Faults[random.Next(Options.Faults.Length)];
        }
        if (roll >= FailureRate || kind == 0)
        {
            return null;
        }
        var largePage = PageSize(request) > Options.LargePageSize;
        if (kind == 504 && !largePage)
        {
            // Only a large page times out; anything else is merely unavailable, unless 503 is not in the mix.
            if (!Options.Faults.Contains(503))
            {
                return null;
            }
            kind = 503;
        }
        Interlocked.Increment(ref faults);
        // Graph answers 504 when a request takes too long to serve, which large pages of messages do:
        // https://learn.microsoft.com/en-us/graph/errors (504 Gateway Timeout)
        if (kind == 504)
        {
            return GraphEmulator.Error(504, "UnknownError", "The operation has timed out.", request);
        }
        // Throttled: 429 with Retry-After, or 503 with Retry-After under load.
        // https://learn.microsoft.com/en-us/graph/throttling ("Retry-After" on 429 and 503)
        var response = kind == 429
            ? GraphEmulator.Error(429, "TooManyRequests", "Too many requests. Please retry again later.", request)
            : GraphEmulator.Error(503, "ServiceNotAvailable", "The service is temporarily unavailable. Please retry later.", request);
        response.Headers.TryAddWithoutValidation("Retry-After", Options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
        return response;
    }

    /// <summary>The page the request asks for: its Prefer: odata.maxpagesize (delta), else its $top, else 0.</summary>
    internal static int PageSize(HttpRequestMessage request)
    {
        if (request.Headers.TryGetValues("Prefer", out var prefer)
            && prefer.Select(p => System.Text.RegularExpressions.Regex.Match(p, @"odata\.maxpagesize\s*=\s*(\d+)")).FirstOrDefault(m => m.Success) is { } match)
        {
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        var uri = request.RequestUri!;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at > 0 && Uri.UnescapeDataString(pair[..at]).Equals("$top", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(pair[(at + 1)..], CultureInfo.InvariantCulture, out var top))
            {
                return top;
            }
        }
        return 0;
    }

    /// <summary>A handler that puts this fault mode in front of <paramref name="emulator"/>.</summary>
    public HttpMessageHandler InFrontOf(HttpMessageHandler emulator) => new ChaosHandler(this) { InnerHandler = emulator };

    private sealed class ChaosHandler(GraphChaos chaos) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            chaos.Fault(request) is { } fault ? Task.FromResult(fault) : base.SendAsync(request, cancellationToken);
    }
}
