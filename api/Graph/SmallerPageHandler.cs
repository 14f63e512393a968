using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace OutlookReferral.Graph;

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
