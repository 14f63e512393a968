using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.TranslateExchangeIds;

namespace OutlookReferral.Graph;

/// <summary>
/// Outlook's ids, as Office.js hands them to the pane, matched to the Graph ids the scan stores.
/// <list type="bullet">
/// <item>conversationId: Office.js gives standard base64 ("+", "/"), Graph the URL-safe form ("-", "_") of the same
/// value (https://github.com/OfficeDev/office-js/issues/3093; Graph's URL-safe rule:
/// https://learn.microsoft.com/en-us/graph/api/user-translateexchangeids: "+" becomes "-", "/" becomes "_").</item>
/// <item>itemId: an EWS id on desktop and web. The pane turns it into a REST id with
/// Office.context.mailbox.convertToRestId (https://learn.microsoft.com/en-us/javascript/api/outlook/office.mailbox#outlook-office-mailbox-converttorestid-member(1));
/// when only the EWS form is known, or the scan stored the immutable form, Graph's translateExchangeIds turns it into one.</item>
/// </list>
/// </summary>
public static class OutlookIds
{
    /// <summary>The conversation id as Graph spells it; null for none.</summary>
    public static string? GraphConversationId(string? officeId) =>
        string.IsNullOrWhiteSpace(officeId) ? null : officeId.Trim().Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Every spelling a stored conversation id of this thread may have: Graph's (what scans store) and Office.js's
    /// (what the pane stored before ids were matched). Empty for none.
    /// </summary>
    public static IReadOnlyList<string> ConversationIdForms(string? officeId)
    {
        if (GraphConversationId(officeId) is not { } graph)
        {
            return [];
        }
        return new[] { officeId!.Trim(), graph, graph.Replace('-', '+').Replace('_', '/') }.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// An item id in another of Exchange's forms, through Graph's translateExchangeIds: an EWS id to a REST id, or
    /// the default REST id (what convertToRestId gives) to the immutable one the scan stores
    /// (https://learn.microsoft.com/en-us/graph/api/user-translateexchangeids). Null when Graph cannot translate it
    /// (it answers a bad id in place with errorDetails rather than failing the call).
    /// </summary>
    public static async Task<string?> TranslateItemIdAsync(
        RepGraph graph, string itemId, ExchangeIdFormat from, ExchangeIdFormat to, CancellationToken ct)
    {
        var translated = await graph.Client.Users[graph.UserId].TranslateExchangeIds.PostAsTranslateExchangeIdsPostResponseAsync(
            new TranslateExchangeIdsPostRequestBody { InputIds = [itemId.Trim()], SourceIdType = from, TargetIdType = to },
            cancellationToken: ct);
        return translated?.Value?.FirstOrDefault()?.TargetId;
    }
}
