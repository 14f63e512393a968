using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.TranslateExchangeIds;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;

namespace OutlookReferral.Tests.Emulator;

/// <summary>translateExchangeIds through the real Graph SDK: REST ids to EWS ids and back.</summary>
public class ExchangeIdsTests
{
    private static Task<TranslateExchangeIdsPostResponse?> Translate(RepGraph graph, List<string> ids, ExchangeIdFormat from, ExchangeIdFormat to) =>
        graph.Client.Users[graph.UserId].TranslateExchangeIds.PostAsTranslateExchangeIdsPostResponseAsync(new TranslateExchangeIdsPostRequestBody
        {
            InputIds = ids,
            SourceIdType = from,
            TargetIdType = to,
        });

    [Test]
    public async Task RestIdsRoundTripThroughEwsIds()
    {
        var (graph, emulator) = EmulatedGraph.Connect();
        var draft = await graph.Client.Users[graph.UserId].Messages.PostAsync(new Message { Subject = "Checking in" });
        var ids = new List<string> { draft!.Id!, emulator.Mailbox.Inbox[0].Id };

        var toEws = await Translate(graph, ids, ExchangeIdFormat.RestImmutableEntryId, ExchangeIdFormat.EwsId);
        var ewsIds = toEws!.Value!.Select(r => r.TargetId!).ToList();
        var back = await Translate(graph, ewsIds, ExchangeIdFormat.EwsId, ExchangeIdFormat.RestId);

        Assert.Multiple(() =>
        {
            Assert.That(toEws.Value!.Select(r => r.SourceId), Is.EqualTo(ids));
            Assert.That(ewsIds, Is.All.Not.Null);
            Assert.That(ewsIds, Is.Not.EqualTo(ids), "an EWS id is not the REST id");
            Assert.That(ewsIds[0], Is.EqualTo(ExchangeIds.ToEwsId(draft.Id!)), "the same id, the same EWS id");
            Assert.That(back!.Value!.Select(r => r.TargetId), Is.EqualTo(ids));
        });
    }

    [Test]
    public async Task AnIdThatIsNotAnEwsIdIsAnsweredInPlace()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var good = ExchangeIds.ToEwsId("AAMkAGRlbW8A=");

        var result = await Translate(graph, ["not an ews id", good], ExchangeIdFormat.EwsId, ExchangeIdFormat.RestImmutableEntryId);

        Assert.Multiple(() =>
        {
            Assert.That(result!.Value![0].TargetId, Is.Null);
            Assert.That(result.Value[0].ErrorDetails!.Code, Is.EqualTo("ErrorInvalidIdMalformed"));
            Assert.That(result.Value[1].TargetId, Is.EqualTo(ImmutableIds.ToImmutable("AAMkAGRlbW8A=")));
        });
    }

    [Test]
    public void IdTypesOtherThanRestAndEwsAreRefused()
    {
        var (graph, _) = EmulatedGraph.Connect();

        var error = Assert.ThrowsAsync<ODataError>(() => Translate(graph, ["AAMkAGRlbW8A="], ExchangeIdFormat.EntryId, ExchangeIdFormat.EwsId));

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
    }

    [TestCase(0)]
    [TestCase(ExchangeIds.MaxIds + 1)]
    public void NoIdsOrMoreThanAThousandAreRefused(int count)
    {
        var (graph, _) = EmulatedGraph.Connect();
        var ids = Enumerable.Range(0, count).Select(i => $"AAMkAGRlbW8A{i}=").ToList();

        var error = Assert.ThrowsAsync<ODataError>(() => Translate(graph, ids, ExchangeIdFormat.RestId, ExchangeIdFormat.EwsId));

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task AThousandIdsAreTranslatedInOneCall()
    {
        var (graph, _) = EmulatedGraph.Connect();
        var ids = Enumerable.Range(0, ExchangeIds.MaxIds).Select(i => $"AAMkAGRlbW8A{i}=").ToList();

        var result = await Translate(graph, ids, ExchangeIdFormat.RestId, ExchangeIdFormat.EwsId);

        Assert.That(result!.Value!.Select(r => ExchangeIds.FromEwsId(r.TargetId!)), Is.EqualTo(ids));
    }
}
