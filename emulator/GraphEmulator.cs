using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// An in-process stand-in for Microsoft Graph over a <see cref="MailboxFolder"/>. It is the final
/// HttpMessageHandler under the real Graph SDK, answers Graph-shaped JSON, and answers Graph's
/// error shape for anything it does not support, so a gap fails loudly instead of quietly.
/// It reads mail and writes drafts (see <see cref="DraftOperations"/>); it never sends. It reads the
/// calendar and Teams attendance too (GraphEmulator.Calendar.cs).
/// </summary>
public sealed partial class GraphEmulator : HttpMessageHandler
{
    private readonly ConcurrentQueue<string> log = new();
    private readonly MessageQueries queries;
    private readonly DraftOperations drafts;
    private readonly CalendarQueries calendar;
    private readonly CalendarDeltaQueries calendarDelta;
    private readonly ScheduleQueries schedule;
    private readonly OnlineMeetingQueries meetings;
    private readonly MessageDelta delta;

    /// <param name="mailbox">The mailbox served.</param>
    /// <param name="time">Stamps new and edited drafts and decides which attendance reports are out yet; unless given, the mailbox's capture time.</param>
    /// <param name="webhooks">Carries the change notifications to their receivers (sockets unless given).</param>
    /// <param name="faults">How unreliable those notifications are (duplicates, delays), as Graph's are.</param>
    public GraphEmulator(MailboxFolder mailbox, TimeProvider? time = null, HttpMessageHandler? webhooks = null, WebhookFaults? faults = null)
    {
        var clock = time ?? ReplayTime.For(mailbox);
        Mailbox = mailbox;
        queries = new MessageQueries(mailbox);
        drafts = new DraftOperations(mailbox, clock);
        calendar = new CalendarQueries(mailbox);
        calendarDelta = new CalendarDeltaQueries(mailbox.Calendar);
        schedule = new ScheduleQueries(mailbox);
        meetings = new OnlineMeetingQueries(mailbox, clock);
        delta = new MessageDelta(mailbox);
        Subscriptions = new ChangeSubscriptions(mailbox, clock, webhooks, faults);
    }

    public MailboxFolder Mailbox { get; }

    /// <summary>Change-notification subscriptions to this mailbox (POST /subscriptions), and the notifications they get.</summary>
    public ChangeSubscriptions Subscriptions { get; }

    /// <summary>Every request served, reads and writes, as "GET /v1.0/users/.../messages?...": what tests count.</summary>
    public IReadOnlyCollection<string> Requests => log;

    [GeneratedRegex(@"^/(?<version>v1\.0|beta)/(?:me|users/(?<user>[^/]+))(?<rest>/.*)?$")]
    private static partial Regex UserRoute();

    [GeneratedRegex(@"^/(?:v1\.0|beta)/subscriptions(?:/(?<id>[^/]+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionRoute();

    [GeneratedRegex(@"^/mailFolders/(?<folder>[^/]+)/messages$", RegexOptions.IgnoreCase)]
    private static partial Regex FolderMessages();

    // Graph accepts an action with or without its namespace: /createReply and /microsoft.graph.createReply.
    [GeneratedRegex(@"^/messages/(?<id>[^/]+)(?:/(?:microsoft\.graph\.)?(?<action>createReply|createReplyAll))?$", RegexOptions.IgnoreCase)]
    private static partial Regex MessageItem();

    // The SDK asks for /delta(), or /microsoft.graph.delta(); the documentation writes /delta.
    [GeneratedRegex(@"^/mailFolders/(?<folder>[^/]+)/messages/(?:microsoft\.graph\.)?delta(?:\(\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FolderDelta();

    [GeneratedRegex(@"^/mailFolders/(?<folder>[^/]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FolderItem();

    [GeneratedRegex(@"^/(?:microsoft\.graph\.)?translateExchangeIds$", RegexOptions.IgnoreCase)]
    private static partial Regex TranslateExchangeIds();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        log.Enqueue($"{request.Method} {uri.PathAndQuery}");
        try
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            if (SubscriptionRoute().Match(Uri.UnescapeDataString(uri.AbsolutePath)) is { Success: true } subscription)
            {
                // Subscriptions sit at the service root, not under a user; creating one waits on the receiver's handshake.
                RouteOptions.Check(request.Method, oneItem: true, ODataQuery.Parse(uri));
                var (status, answer) = await Subscriptions.RouteAsync(request.Method,
                    subscription.Groups["id"].Success ? subscription.Groups["id"].Value : null, body, cancellationToken);
                return answer is null ? new HttpResponseMessage(status) { RequestMessage = request } : Json(answer, request, status);
            }
            return Route(request, uri, body);
        }
        catch (GraphErrorException ex)
        {
            return Error(ex.Status, ex.Code, ex.Message, request);
        }
    }

    private HttpResponseMessage Route(HttpRequestMessage request, Uri uri, string? body)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var route = UserRoute().Match(path);
        if (!route.Success)
        {
            throw Unsupported(request);
        }
        if (route.Groups["user"].Success && !Mailbox.IsUser(route.Groups["user"].Value))
        {
            throw new GraphErrorException(404, "Request_ResourceNotFound", $"Resource '{route.Groups["user"].Value}' does not exist or one of its queried reference-property objects are not present.");
        }
        var rest = route.Groups["rest"].Value;
        if (request.Method == HttpMethod.Get && FolderDelta().Match(rest) is { Success: true } changes)
        {
            // Parsed on its own: a delta link's $skiptoken and $deltatoken are not options of a plain list.
            var (page, applied) = delta.Page(changes.Groups["folder"].Value.ToLowerInvariant(), uri, request);
            var response = Json(page, request);
            if (applied is { } size)
            {
                response.Headers.TryAddWithoutValidation("Preference-Applied", $"odata.maxpagesize={size}");
            }
            return response;
        }
        var query = ODataQuery.Parse(uri);
        var method = request.Method;
        if (rest.Length == 0)
        {
            RouteOptions.Check(method, oneItem: true, query);
        }
        if (method == HttpMethod.Get && rest.Length == 0)
        {
            return Json(GraphJson.Project(Mailbox.Me, query.Select, GraphJson.UserProperties, defaultHidden: []), request);
        }
        if (method == HttpMethod.Get && FolderMessages().Match(rest) is { Success: true } folder)
        {
            return Json(queries.List(folder.Groups["folder"].Value.ToLowerInvariant(), query, uri), request);
        }
        if (method == HttpMethod.Get && FolderItem().Match(rest) is { Success: true } mailFolder)
        {
            RouteOptions.Check(method, oneItem: true, query);
            return Json(GraphJson.Project(FolderJson(mailFolder.Groups["folder"].Value), query.Select, FolderProperties, defaultHidden: []), request);
        }
        if (method == HttpMethod.Post && rest.Equals("/messages", StringComparison.OrdinalIgnoreCase))
        {
            RouteOptions.Check(method, oneItem: false, query);
            return Json(drafts.Create(GraphJson.ReadObject(body)), request, HttpStatusCode.Created);
        }
        if (MessageItem().Match(rest) is { Success: true } item)
        {
            // Graph takes either form of an id, default or immutable.
            return MessageRoute(request, ImmutableIds.ToDefault(item.Groups["id"].Value), item.Groups["action"], query, body);
        }
        if (method == HttpMethod.Post && TranslateExchangeIds().IsMatch(rest))
        {
            return Json(ExchangeIds.Translate(GraphJson.ReadObject(body)), request);
        }
        return CalendarRoute(request, rest, query, body) ?? throw Unsupported(request);
    }

    private HttpResponseMessage MessageRoute(HttpRequestMessage request, string id, Group action, ODataQuery query, string? body)
    {
        var method = request.Method;
        RouteOptions.Check(method, oneItem: !action.Success, query);
        if (action.Success)
        {
            return method == HttpMethod.Post
                ? Json(drafts.CreateReply(id, GraphJson.ReadOptionalObject(body),
                    replyAll: action.Value.Equals("createReplyAll", StringComparison.OrdinalIgnoreCase)), request, HttpStatusCode.Created)
                : throw Unsupported(request);
        }
        if (method == HttpMethod.Get)
        {
            return Json(queries.Get(id, query), request);
        }
        if (method == HttpMethod.Patch)
        {
            return Json(drafts.Update(id, GraphJson.ReadObject(body)), request);
        }
        if (method == HttpMethod.Delete)
        {
            drafts.Delete(id);
            return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
        }
        throw Unsupported(request);
    }

    private static readonly HashSet<string> FolderProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "displayName", "parentFolderId", "childFolderCount", "unreadItemCount", "totalItemCount", "isHidden",
    };

    /// <summary>A mailFolder resource (https://learn.microsoft.com/en-us/graph/api/resources/mailfolder): its counts are the folder's now.</summary>
    private JsonObject FolderJson(string name)
    {
        var messages = name.ToLowerInvariant() switch
        {
            "inbox" => Mailbox.Inbox,
            "sentitems" => Mailbox.SentItems,
            "drafts" => Mailbox.Drafts,
            _ => throw new GraphErrorException(404, "ErrorInvalidIdMalformed", $"The demo mailbox has no folder '{name}'."),
        };
        return new JsonObject
        {
            ["id"] = name.ToLowerInvariant(),
            ["displayName"] = name.ToLowerInvariant() switch { "inbox" => "Inbox", "sentitems" => "Sent Items", _ => "Drafts" },
            ["parentFolderId"] = "msgfolderroot",
            ["childFolderCount"] = 0,
            ["unreadItemCount"] = 0,
            ["totalItemCount"] = messages.Count,
            ["isHidden"] = false,
        };
    }

    private static GraphErrorException Unsupported(HttpRequestMessage request) =>
        new(400, "BadRequest", $"The demo mailbox does not support {request.Method} {request.RequestUri!.AbsolutePath}.");

    private static HttpResponseMessage Json(JsonNode body, HttpRequestMessage request, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { RequestMessage = request, Content = new ChunkedJsonContent(ImmutableIds.Apply(body, request)) };

    /// <summary>Graph's error JSON with its status, as every failure of the emulator answers.</summary>
    internal static HttpResponseMessage Error(int status, string code, string message, HttpRequestMessage request)
    {
        var requestId = Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = request.Headers.TryGetValues("client-request-id", out var ids) ? ids.First() : requestId,
                },
            },
        };
        return Json(body, request, (HttpStatusCode)status);
    }
}
