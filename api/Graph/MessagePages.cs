using System.Text.Json.Serialization;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace OutlookReferral.Graph;

/// <summary>
/// Pages of messages read lean: the SDK builds each request and its middleware (retry, redirect,
/// request count) sends it, but the page is parsed straight into the few fields we selected.
/// Parsing into the SDK's full Message model cost ten times the CPU and memory (docs/benchmarks.md).
/// </summary>
internal static class MessagePages
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    /// <summary>Sends <paramref name="first"/>, then follows @odata.nextLink exactly as Graph returns it.</summary>
    /// <param name="onPage">Told after each page arrives, before its messages are handed on (scan progress).</param>
    public static async IAsyncEnumerable<MessageJson> ReadAsync(
        RepGraph graph, RequestInformation first, string prefer, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct,
        Action<IReadOnlyList<MessageJson>>? onPage = null)
    {
        var request = first;
        while (true)
        {
            await using var stream = await graph.Client.RequestAdapter.SendPrimitiveAsync<Stream>(request, Errors, ct)
                ?? throw new InvalidOperationException("Graph returned an empty page.");
            var page = await System.Text.Json.JsonSerializer.DeserializeAsync(stream, MessagePageJson.Default.MessagePage, ct)
                ?? throw new InvalidOperationException("Graph returned an unreadable page.");
            onPage?.Invoke(page.Value ?? []);
            foreach (var message in page.Value ?? [])
            {
                yield return message;
            }
            if (string.IsNullOrEmpty(page.NextLink))
            {
                yield break;
            }
            request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(page.NextLink) };
            request.Headers.Add("Prefer", prefer);
        }
    }

    public static MailItem? ToMailItem(MessageJson m, MailFolderKind folder)
    {
        var at = folder == MailFolderKind.Inbox ? m.ReceivedDateTime ?? m.SentDateTime : m.SentDateTime ?? m.ReceivedDateTime;
        if (m.Id is null || at is null)
        {
            return null;
        }
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        List<string> Addresses(List<RecipientJson>? recipients) =>
            recipients?.Select(r => Remember(r)).Where(a => a.Length > 0).ToList() ?? [];
        string Remember(RecipientJson? r)
        {
            var address = Address.Normalize(r?.EmailAddress?.Address);
            if (address.Length > 0 && r?.EmailAddress?.Name is { Length: > 0 } name)
            {
                names.TryAdd(address, name.Trim());
            }
            return address;
        }
        var from = Remember(m.From);
        return new MailItem(m.Id, m.ConversationId ?? "", m.Subject ?? "", from, Addresses(m.ToRecipients), Addresses(m.CcRecipients),
            at.Value, folder, m.BodyPreview ?? "", m.InternetMessageHeaders?.Select(h => new MailHeader(h.Name ?? "", h.Value ?? "")).ToList())
        {
            Names = names,
        };
    }
}

internal sealed record MessagePage(List<MessageJson>? Value, [property: JsonPropertyName("@odata.nextLink")] string? NextLink);

internal sealed record MessageJson(
    string? Id, string? ConversationId, string? Subject, RecipientJson? From, List<RecipientJson>? ToRecipients, List<RecipientJson>? CcRecipients,
    DateTimeOffset? SentDateTime, DateTimeOffset? ReceivedDateTime, string? BodyPreview, List<HeaderJson>? InternetMessageHeaders);

internal sealed record RecipientJson(EmailAddressJson? EmailAddress);

internal sealed record EmailAddressJson(string? Name, string? Address);

internal sealed record HeaderJson(string? Name, string? Value);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MessagePage))]
internal sealed partial class MessagePageJson : JsonSerializerContext;
