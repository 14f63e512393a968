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
    /// <param name="onDeltaLink">Told the @odata.deltaLink that ends a delta round.</param>
    public static async IAsyncEnumerable<MessageJson> ReadAsync(
        RepGraph graph, RequestInformation first, string prefer, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct,
        Action<IReadOnlyList<MessageJson>>? onPage = null, Action<string>? onDeltaLink = null)
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
                if (!string.IsNullOrEmpty(page.DeltaLink))
                {
                    onDeltaLink?.Invoke(page.DeltaLink);
                }
                yield break;
            }
            request = Link(page.NextLink, prefer);
        }
    }

    /// <summary>A GET of a link Graph gave (a nextLink or a stored deltaLink), sent exactly as given.</summary>
    public static RequestInformation Link(string link, string prefer)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(link) };
        request.Headers.Add("Prefer", prefer);
        return request;
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
