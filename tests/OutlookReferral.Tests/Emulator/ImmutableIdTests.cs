using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.TranslateExchangeIds;
using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.Emulator;

/// <summary>Prefer: IdType="ImmutableId" as Graph honours it: other ids than the default ones, and either form accepted.</summary>
public class ImmutableIdTests
{
    private const string Immutable = "IdType=\"ImmutableId\"";

    [Test]
    public async Task APageAskedForImmutableIdsHasOtherIdsForTheSameMessages()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var inbox = graph.Client.Users[graph.UserId].MailFolders["inbox"].Messages;

        var plain = (await inbox.GetAsync(rc => rc.QueryParameters.Top = 50))!.Value!;
        var immutable = (await inbox.GetAsync(rc =>
        {
            rc.QueryParameters.Top = 50;
            rc.Headers.Add("Prefer", Immutable);
        }))!.Value!;

        Assert.Multiple(() =>
        {
            Assert.That(immutable.Select(m => m.Subject), Is.EqualTo(plain.Select(m => m.Subject)));
            Assert.That(immutable.Select(m => m.ConversationId), Is.EqualTo(plain.Select(m => m.ConversationId)), "conversation ids have one form");
            Assert.That(immutable.Select(m => m.Id).Intersect(plain.Select(m => m.Id)), Is.Empty);
            Assert.That(immutable.Select(m => m.Id), Is.EqualTo(plain.Select(m => ImmutableIds.ToImmutable(m.Id!))));
        });
    }

    [Test]
    public async Task EitherFormOfAnIdReadsTheMessageInTheFormAskedFor()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var user = graph.Client.Users[graph.UserId];
        var id = (await user.MailFolders["inbox"].Messages.GetAsync(rc => rc.QueryParameters.Top = 1))!.Value![0].Id!;
        var immutableId = ImmutableIds.ToImmutable(id);

        var byImmutable = await user.Messages[immutableId].GetAsync();
        var byDefaultAskingImmutable = await user.Messages[id].GetAsync(rc => rc.Headers.Add("Prefer", Immutable));

        Assert.Multiple(() =>
        {
            Assert.That(byImmutable!.Id, Is.EqualTo(id), "no Prefer: the default form");
            Assert.That(byDefaultAskingImmutable!.Id, Is.EqualTo(immutableId));
        });
    }

    [Test]
    public async Task TranslateExchangeIdsGivesEachRestFormItsOwnId()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var ews = ExchangeIds.ToEwsId("AAMkAGRlbW8A=");

        async Task<string?> To(ExchangeIdFormat target) =>
            (await graph.Client.Users[graph.UserId].TranslateExchangeIds.PostAsTranslateExchangeIdsPostResponseAsync(new TranslateExchangeIdsPostRequestBody
            {
                InputIds = [ews], SourceIdType = ExchangeIdFormat.EwsId, TargetIdType = target,
            }))!.Value![0].TargetId;

        Assert.Multiple(async () =>
        {
            Assert.That(await To(ExchangeIdFormat.RestId), Is.EqualTo("AAMkAGRlbW8A="));
            Assert.That(await To(ExchangeIdFormat.RestImmutableEntryId), Is.EqualTo(ImmutableIds.ToImmutable("AAMkAGRlbW8A=")).And.Not.EqualTo("AAMkAGRlbW8A="));
            Assert.That(ExchangeIds.ToEwsId(ImmutableIds.ToImmutable("AAMkAGRlbW8A=")), Is.EqualTo(ews), "one item, one EWS id");
        });
    }
}
