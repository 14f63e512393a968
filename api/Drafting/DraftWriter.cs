using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using Microsoft.Graph.Users.Item.TranslateExchangeIds;
using OutlookReferral.Graph;

namespace OutlookReferral.Drafting;

/// <summary>Creates drafts through Graph: a reply in the thread (createReply, then PATCH) or a new message. Never sends.</summary>
public static class DraftWriter
{
    private const string ImmutableIds = "IdType=\"ImmutableId\"";

    public static async Task<DraftedMessage> CreateAsync(RepGraph graph, DraftPlan plan, CancellationToken ct)
    {
        var user = graph.Client.Users[graph.UserId];
        var recipients = plan.To.Select(p => new Recipient { EmailAddress = new EmailAddress { Name = p.Name, Address = p.Address } }).ToList();
        Message? draft;
        if (plan.ReplyToMessageId is { } original)
        {
            var reply = await user.Messages[original].CreateReply.PostAsync(new CreateReplyPostRequestBody(), rc => rc.Headers.Add("Prefer", ImmutableIds), ct)
                ?? throw new InvalidOperationException("Graph returned no reply draft.");
            // Our note above the quoted thread; the recipients are set, not inherited (a reply to our own note would go to us).
            draft = await user.Messages[reply.Id].PatchAsync(new Message
            {
                Subject = plan.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = plan.BodyHtml + (reply.Body?.Content ?? "") },
                ToRecipients = recipients,
                CcRecipients = [],
            }, rc => rc.Headers.Add("Prefer", ImmutableIds), ct);
        }
        else
        {
            draft = await user.Messages.PostAsync(new Message
            {
                Subject = plan.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = plan.BodyHtml },
                ToRecipients = recipients,
            }, rc => rc.Headers.Add("Prefer", ImmutableIds), ct);
        }
        return await DescribeAsync(graph, draft ?? throw new InvalidOperationException("Graph returned no draft."), ct);
    }

    /// <summary>The draft with this id if it is still a draft; null when the rep deleted or sent it.</summary>
    public static async Task<DraftedMessage?> FindAsync(RepGraph graph, string messageId, CancellationToken ct)
    {
        try
        {
            var message = await graph.Client.Users[graph.UserId].Messages[messageId].GetAsync(rc =>
            {
                rc.QueryParameters.Select = ["id", "isDraft", "subject", "toRecipients", "webLink", "body"];
                rc.Headers.Add("Prefer", ImmutableIds);
            }, ct);
            return message is { IsDraft: true } ? await DescribeAsync(graph, message, ct) : null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static async Task<DraftedMessage> DescribeAsync(RepGraph graph, Message draft, CancellationToken ct)
    {
        // Office.js displayMessageForm wants the EWS form of the id.
        var translated = await graph.Client.Users[graph.UserId].TranslateExchangeIds.PostAsTranslateExchangeIdsPostResponseAsync(
            new TranslateExchangeIdsPostRequestBody
            {
                InputIds = [draft.Id!],
                SourceIdType = ExchangeIdFormat.RestImmutableEntryId,
                TargetIdType = ExchangeIdFormat.EwsId,
            }, cancellationToken: ct);
        var ewsId = translated?.Value?.FirstOrDefault()?.TargetId ?? throw new InvalidOperationException("Graph could not translate the draft's id.");
        return new DraftedMessage(
            draft.Id!,
            ewsId,
            draft.WebLink,
            draft.Subject ?? "",
            (draft.ToRecipients ?? []).Select(r => new Party(r.EmailAddress?.Name ?? "", Address.Normalize(r.EmailAddress?.Address))).ToList(),
            draft.Body?.Content ?? "");
    }
}
