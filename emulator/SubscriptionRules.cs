using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// What POST and PATCH /subscriptions accept for mail, as Graph checks it before the validation handshake:
/// https://learn.microsoft.com/en-us/graph/api/subscription-post-subscriptions and
/// https://learn.microsoft.com/en-us/graph/api/resources/subscription (microsoft-graph-docs-contrib).
/// </summary>
internal static partial class SubscriptionRules
{
    /// <summary>
    /// Outlook message subscriptions live at most 4,230 minutes (under three days):
    /// concepts/includes/change-notifications-subscription-lifetime.md. Later notes quote 10,080 minutes for
    /// Outlook; the stored doc is the stricter figure, and a client that keeps to it works under either.
    /// </summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(4230);

    /// <summary>"If expirationDateTime is less than 45 minutes from now, it is set to 45 minutes" (subscription resource, expirationDateTime).</summary>
    public static readonly TimeSpan MinLifetime = TimeSpan.FromMinutes(45);

    /// <summary>clientState: "The maximum length is 128 characters" (subscription resource).</summary>
    public const int MaxClientState = 128;

    private static readonly string[] ChangeTypes = ["created", "updated", "deleted"];

    // "/me/mailFolders('inbox')/messages", "users/{id}/mailfolders/inbox/messages", "/me/messages": the mail resources of
    // the Outlook change notifications overview. Anything else is refused rather than silently never notified.
    [GeneratedRegex(@"^/?(?:me|users/(?<user>[^/]+))/(?:mailFolders(?:\('(?<folder>[^']+)'\)|/(?<folder>[^/]+))/)?messages$", RegexOptions.IgnoreCase)]
    private static partial Regex MailResource();

    /// <summary>The folder a resource names ("inbox", "sentitems"), or null for the whole mailbox's messages.</summary>
    public static string? FolderOf(string? resource, MailboxFolder mailbox)
    {
        var match = MailResource().Match(resource ?? "");
        if (!match.Success)
        {
            throw Invalid($"Resource '{resource}' is not supported: subscribe to a user's messages or to one of their mail folders' messages.");
        }
        if (match.Groups["user"].Success && !mailbox.IsUser(match.Groups["user"].Value))
        {
            throw new GraphErrorException(404, "Request_ResourceNotFound", $"Resource '{match.Groups["user"].Value}' does not exist or one of its queried reference-property objects are not present.");
        }
        if (!match.Groups["folder"].Success)
        {
            return null;
        }
        var folder = match.Groups["folder"].Value.ToLowerInvariant();
        return mailbox.FolderLog(folder) is not null ? folder : throw new GraphErrorException(404, "ErrorInvalidIdMalformed", $"The mailbox has no folder '{folder}'.");
    }

    public static string ChangeTypeOf(JsonObject body)
    {
        var value = Text(body, "changeType") ?? throw Invalid("The 'changeType' property is required.");
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        return parts.All(p => ChangeTypes.Contains(p)) ? string.Join(',', parts) : throw Invalid($"Invalid 'changeType' attribute: '{value}'.");
    }

    /// <summary>
    /// An absolute https URL. Graph needs "a well-known and accessible HTTPS-secured endpoint"
    /// (concepts/change-notifications-delivery-webhooks.md). The emulator also takes http to a loopback host: it runs
    /// beside the API on one machine, where no certificate exists and nothing crosses a network, so nothing is weakened.
    /// </summary>
    public static Uri? UrlOf(JsonObject body, string property, bool required)
    {
        var value = Text(body, property);
        if (value is null)
        {
            return required ? throw Invalid($"The '{property}' property is required.") : null;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            throw Invalid($"The '{property}' must be an absolute https URL.");
        }
        if (url.Scheme == "http" && !IsLoopback(url))
        {
            throw new GraphErrorException(400, "ValidationError", $"Subscription validation request failed. The '{property}' must use https.");
        }
        return url;
    }

    public static string? ClientStateOf(JsonObject body)
    {
        var value = Text(body, "clientState");
        return value is { Length: > MaxClientState } ? throw Invalid($"The 'clientState' is longer than {MaxClientState} characters.") : value;
    }

    /// <summary>The expiry to keep: in the future, at most <see cref="MaxLifetime"/> away, raised to <see cref="MinLifetime"/>.</summary>
    public static DateTimeOffset ExpiryOf(JsonObject body, DateTimeOffset now, string operation)
    {
        var value = Text(body, "expirationDateTime") ?? throw Invalid("The 'expirationDateTime' property is required.");
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            throw Invalid($"'{value}' is not a valid expirationDateTime.");
        }
        if (at <= now)
        {
            throw Extension(operation, "Subscription expiration time must be in the future.");
        }
        if (at - now > MaxLifetime)
        {
            // The wording Graph answers for Outlook resources, inside its ExtensionError envelope.
            throw Extension(operation, $"Subscription expiration can only be {MaxLifetime.TotalMinutes:0} minutes in the future.");
        }
        return at - now < MinLifetime ? now + MinLifetime : at;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string? Text(JsonObject body, string property) =>
        body.FirstOrDefault(p => p.Key.Equals(property, StringComparison.OrdinalIgnoreCase)).Value switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => throw Invalid($"The '{property}' property must be a string."),
        };

    private static GraphErrorException Invalid(string message) => new(400, "InvalidRequest", message);

    private static GraphErrorException Extension(string operation, string reason) =>
        new(400, "ExtensionError", $"Operation: {operation}; Exception: [Status Code: BadRequest; Reason: {reason}]");
}
