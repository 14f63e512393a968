using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// Many mailboxes behind one Graph: the final HttpMessageHandler that sends <c>/users/{id}/...</c> to that user's
/// own <see cref="GraphEmulator"/>, as Graph serves every mailbox of a tenant from one endpoint. An unknown user
/// gets Graph's 404 (Request_ResourceNotFound); <c>/me</c> gets Graph's 400 for an app-only call, since a router
/// has no signed-in user to resolve it to. Mailboxes are found on first use, so thousands of them can share their
/// messages (<see cref="MailboxFolder.ForUser"/>) and cost nothing until read.
/// </summary>
/// <param name="find">The mailbox of a user id, or null when the tenant has no such user.</param>
public sealed partial class MailboxRouter(Func<string, MailboxFolder?> find, TimeProvider? time = null) : HttpMessageHandler
{
    // One emulator per mailbox, however the user is named (id, UPN or address), made on the mailbox's first request.
    private readonly ConcurrentDictionary<MailboxFolder, (GraphEmulator Emulator, HttpMessageInvoker Invoker)> emulators = new();
    private int requests;

    /// <summary>Every request routed, to any mailbox or refused: what the bench counts per round.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>The emulator serving <paramref name="userId"/>, once a request reached it.</summary>
    public GraphEmulator? EmulatorOf(MailboxFolder mailbox) => emulators.TryGetValue(mailbox, out var served) ? served.Emulator : null;

    [GeneratedRegex(@"^/(?:v1\.0|beta)/(?:users/(?<user>[^/]+)|(?<me>me)(?:/|$))")]
    private static partial Regex UserPrefix();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        var route = UserPrefix().Match(Uri.UnescapeDataString(request.RequestUri!.AbsolutePath));
        if (!route.Success)
        {
            return GraphEmulator.Error(400, "BadRequest", $"The mailbox router serves /users/{{id}}/..., not {request.RequestUri.AbsolutePath}.", request);
        }
        if (route.Groups["me"].Success)
        {
            // Graph's answer to /me under an app-only token: there is nobody signed in to be "me"
            // (400 BadRequest, this message: microsoftgraph/msgraph-sdk-php#1163, microsoft-graph-docs-contrib#8858).
            return GraphEmulator.Error(400, "BadRequest", "/me request is only valid with delegated authentication flow.", request);
        }
        var user = route.Groups["user"].Value;
        if (find(user) is not { } mailbox)
        {
            return GraphEmulator.Error(404, "Request_ResourceNotFound",
                $"Resource '{user}' does not exist or one of its queried reference-property objects are not present.", request);
        }
        var served = emulators.GetOrAdd(mailbox, m =>
        {
            var emulator = new GraphEmulator(m, time);
            return (emulator, new HttpMessageInvoker(emulator, disposeHandler: false));
        });
        return await served.Invoker.SendAsync(request, cancellationToken);
    }
}
