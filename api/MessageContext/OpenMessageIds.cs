using OutlookReferral.Graph;

namespace OutlookReferral.MessageContext;

/// <summary>
/// The open message's ids in every form they may be stored in. Office.js ids are matched to the Graph ids the
/// scan stores (<see cref="OutlookIds"/>); the item's REST id is the one the pane converted, else the id as given.
/// </summary>
public sealed record OpenMessageIds(IReadOnlyList<string> ConversationIds, IReadOnlyList<string> ItemIds, string? ItemIdToTranslate, bool IsEwsId)
{
    /// <param name="itemId">Office.js item.itemId: an EWS id on desktop and web, a REST id on mobile.</param>
    /// <param name="restItemId">What convertToRestId made of it in the pane, when the pane could.</param>
    public static OpenMessageIds From(string? itemId, string? restItemId, string? conversationId)
    {
        var rest = string.IsNullOrWhiteSpace(restItemId) ? null : restItemId.Trim();
        var given = string.IsNullOrWhiteSpace(itemId) ? null : itemId.Trim();
        IReadOnlyList<string> items = rest is not null ? [rest] : given is not null ? [given] : [];
        return new(OutlookIds.ConversationIdForms(conversationId), items, rest ?? given, rest is null);
    }
}
