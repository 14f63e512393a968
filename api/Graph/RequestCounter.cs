namespace OutlookReferral.Graph;

/// <summary>
/// Sits in the Graph SDK's pipeline and counts the HTTP requests that actually go out,
/// retries included: the figure scans report and benchmarks print.
/// </summary>
public sealed class RequestCounter : DelegatingHandler
{
    private int count;

    public int Count => Volatile.Read(ref count);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return base.SendAsync(request, cancellationToken);
    }
}
