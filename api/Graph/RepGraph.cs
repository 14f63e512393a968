using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookReferral.Graph;

/// <summary>A Graph client acting for one rep, with the count of requests it has made.</summary>
public sealed class RepGraph(GraphServiceClient client, RequestCounter counter, string userId) : IDisposable
{
    public GraphServiceClient Client { get; } = client;

    /// <summary>The rep's user object id: all calls go to /users/{id}, delegated or app-only alike.</summary>
    public string UserId { get; } = userId;

    public int Requests => counter.Count;

    /// <summary>
    /// Builds the client the way the SDK builds its own: default middleware (retry, redirect,
    /// compression...) first, with our retry policy (<see cref="GraphRetry"/>), our counter, the mailbox's concurrency gate
    /// (<see cref="MailboxConcurrency"/>), then the given final handler (sockets, or the demo mailbox).
    /// </summary>
    public static RepGraph Create(HttpMessageHandler finalHandler, IAuthenticationProvider auth, string baseUrl, string userId)
    {
        var counter = new RequestCounter();
        var handlers = GraphRetry.Apply(GraphClientFactory.CreateDefaultHandlers());
        handlers.Add(counter);
        handlers.Add(new MailboxConcurrency(userId));
        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler, disposeHandler: false);
        return new RepGraph(new GraphServiceClient(http, auth, baseUrl), counter, userId);
    }

    public void Dispose() => Client.Dispose();
}
