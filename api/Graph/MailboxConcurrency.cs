using System.Collections.Concurrent;

namespace OutlookReferral.Graph;

/// <summary>
/// Sits last in the Graph SDK's pipeline, just before the request goes out, and holds back a request while
/// <see cref="Limit"/> others for the same mailbox are in flight from this process: Outlook allows 4 concurrent
/// requests per app and per mailbox and throttles the rest (../shared/reference/graph.md §4, "Concurrent requests: 4").
/// Every Graph client of one mailbox shares the gate (a background scan, the pane's requests), so it holds
/// however many clients there are. It sits after the retry handler: a request waiting out a Retry-After holds no slot.
/// </summary>
public sealed class MailboxConcurrency(string mailbox) : DelegatingHandler
{
    /// <summary>Graph's concurrent-request limit per mailbox.</summary>
    public const int Limit = 4;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.OrdinalIgnoreCase);

    private readonly SemaphoreSlim gate = Gates.GetOrAdd(mailbox, _ => new SemaphoreSlim(Limit, Limit));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
