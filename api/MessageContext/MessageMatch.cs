using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.MessageContext;

/// <summary>Finds the referral or suggestion behind an open message: by thread, by the message, then by its people.</summary>
public static class MessageMatch
{
    /// <summary>
    /// The best referral and why ("conversation", "message", "prospect", "source"). The scan stores immutable ids and
    /// convertToRestId gives the default REST id, so when nothing matched the thread or the message as given, Graph's
    /// translateExchangeIds gives the item's immutable id to try.
    /// </summary>
    public static async Task<(ReferralRecord? Referral, string? MatchedBy)> ReferralAsync(
        RepId rep, OpenMessageIds ids, List<string> people, ReferralStore store, IRepGraphFactory graphs, CancellationToken ct)
    {
        var found = Best(await store.FindForMessageAsync(rep, ids.ConversationIds, ids.ItemIds, people, ct), ids, people);
        if (found.MatchedBy is "conversation" or "message" || ids.ItemIdToTranslate is not { } itemId)
        {
            return found;
        }
        var immutableId = await TranslateAsync(rep, itemId, ids.IsEwsId, graphs, ct);
        if (immutableId is null || ids.ItemIds.Contains(immutableId))
        {
            return found;
        }
        var translated = ids with { ItemIds = [immutableId] };
        var byMessage = Best(await store.FindForMessageAsync(rep, [], translated.ItemIds, [], ct), translated, []);
        return byMessage.Referral is not null ? byMessage : found;
    }

    /// <summary>The open suggestion for this thread or message, if the scan found one.</summary>
    public static SuggestionResponse? Suggestion(IEnumerable<SuggestionResponse> open, OpenMessageIds ids) =>
        open.FirstOrDefault(s => ids.ConversationIds.Contains(s.ConversationId) || ids.ItemIds.Contains(s.MessageId));

    // Thread first (the strongest evidence), then the message itself, then the prospect, then the source; open before closed (the store's order).
    private static (ReferralRecord? Referral, string? MatchedBy) Best(IReadOnlyList<ReferralRecord> candidates, OpenMessageIds ids, List<string> people)
    {
        bool Has(IReadOnlyList<string> forms, string? id) => id is not null && forms.Contains(id);
        if (candidates.FirstOrDefault(r => Has(ids.ConversationIds, r.ConversationId) || Has(ids.ConversationIds, r.LastTouchConversationId)) is { } byThread)
        {
            return (byThread, "conversation");
        }
        if (candidates.FirstOrDefault(r => Has(ids.ItemIds, r.IntroductionMessageId) || Has(ids.ItemIds, r.LastTouchMessageId)) is { } byMessage)
        {
            return (byMessage, "message");
        }
        if (candidates.FirstOrDefault(r => people.Contains(r.ProspectAddress)) is { } byProspect)
        {
            return (byProspect, "prospect");
        }
        return candidates.FirstOrDefault(r => people.Contains(r.SourceAddress)) is { } bySource ? (bySource, "source") : (null, null);
    }

    // Best effort: the context still shows the people's referral when Graph cannot translate right now.
    private static async Task<string?> TranslateAsync(RepId rep, string itemId, bool isEwsId, IRepGraphFactory graphs, CancellationToken ct)
    {
        try
        {
            using var graph = graphs.For(rep);
            return await OutlookIds.TranslateItemIdAsync(graph, itemId, isEwsId ? ExchangeIdFormat.EwsId : ExchangeIdFormat.RestId,
                ExchangeIdFormat.RestImmutableEntryId, ct);
        }
        catch (ApiException)
        {
            return null;
        }
    }
}
