using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Web;

namespace OutlookReferral.Tests.Emulator;

/// <summary>A notification endpoint for the emulator to call, answering as told, keeping what it was sent.</summary>
internal sealed class WebhookReceiver(Func<HttpRequestMessage, string, HttpResponseMessage>? answer = null) : HttpMessageHandler
{
    public ConcurrentQueue<(Uri Url, string Body)> Received { get; } = new();

    /// <summary>What a correct receiver does: echo the decoded token as text/plain, accept notifications with 202.</summary>
    public static HttpResponseMessage Correct(HttpRequestMessage request, string body) =>
        HttpUtility.ParseQueryString(request.RequestUri!.Query)["validationToken"] is { } token
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(token, Encoding.UTF8, "text/plain") }
            : new HttpResponseMessage(HttpStatusCode.Accepted);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Received.Enqueue((request.RequestUri!, body));
        return (answer ?? Correct)(request, body);
    }
}
