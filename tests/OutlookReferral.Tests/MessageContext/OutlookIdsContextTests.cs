using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.MessageContext;

/// <summary>/api/context given Outlook's own ids: a standard-base64 conversation id, an EWS item id.</summary>
public class OutlookIdsContextTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    // URL-safe, as Graph and the scan spell it; Office.js gives the same id with "+" and "/".
    private const string GraphThread = "AAQkAGI2TG93AQAz_Ab-c9Q=";
    private const string OfficeThread = "AAQkAGI2TG93AQAz/Ab+c9Q=";
    private const string GraphMessage = "AAMkAGI2TG93AAA_intro-1=";

    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(Now);

    private Task<JsonObject> TrackKimAsync(string? conversationId, string? messageId = null) => TrackAsync(new
    {
        prospect = new { name = "Kim Lee", address = "kim@fabrikam.com" },
        source = new { name = "George Smith", address = "george@adatum.com" },
        introducedAt = Now.AddDays(-4),
        conversationId,
        messageId,
    });

    private async Task<JsonObject> Context(string query) => (await Client.GetFromJsonAsync<JsonObject>("/api/context?" + query))!;

    [TestCase(OfficeThread)]
    [TestCase(GraphThread)]
    public async Task TheThreadMatchesInEitherBase64Spelling(string tracked)
    {
        var id = (string)(await TrackKimAsync(tracked))["id"]!;

        foreach (var asked in new[] { OfficeThread, GraphThread })
        {
            var context = await Context("conversationId=" + Uri.EscapeDataString(asked));
            Assert.Multiple(() =>
            {
                Assert.That((string?)context["referral"]?["id"], Is.EqualTo(id), $"tracked as {tracked}, asked as {asked}");
                Assert.That((string?)context["matchedBy"], Is.EqualTo("conversation"));
            });
        }
    }

    [Test]
    public async Task AnEwsItemIdAloneIsTranslatedByGraphAndMatchesTheMessage()
    {
        // The scan stores the immutable id (Prefer: IdType="ImmutableId").
        var id = (string)(await TrackKimAsync(null, ImmutableIds.ToImmutable(GraphMessage)))["id"]!;

        var context = await Context("itemId=" + Uri.EscapeDataString(ExchangeIds.ToEwsId(GraphMessage)));

        Assert.Multiple(() =>
        {
            Assert.That((string?)context["referral"]?["id"], Is.EqualTo(id));
            Assert.That((string?)context["matchedBy"], Is.EqualTo("message"));
            Assert.That(Factory.Emulator.Requests.Count(r => r.Contains("translateExchangeIds", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ARestIdFromThePaneNeedsNoTranslation()
    {
        await TrackKimAsync(null, GraphMessage);

        var context = await Context($"itemId={Uri.EscapeDataString(ExchangeIds.ToEwsId(GraphMessage))}&restItemId={Uri.EscapeDataString(GraphMessage)}");

        Assert.Multiple(() =>
        {
            Assert.That((string?)context["matchedBy"], Is.EqualTo("message"));
            Assert.That(Factory.Emulator.Requests.Where(r => r.Contains("translateExchangeIds", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        });
    }

    [Test]
    public async Task ThePanesDefaultRestIdFindsTheImmutableIdTheScanStored()
    {
        var id = (string)(await TrackKimAsync(null, ImmutableIds.ToImmutable(GraphMessage)))["id"]!;

        var context = await Context($"itemId={Uri.EscapeDataString(ExchangeIds.ToEwsId(GraphMessage))}&restItemId={Uri.EscapeDataString(GraphMessage)}");

        Assert.Multiple(() =>
        {
            Assert.That(ImmutableIds.ToImmutable(GraphMessage), Is.Not.EqualTo(GraphMessage));
            Assert.That((string?)context["referral"]?["id"], Is.EqualTo(id));
            Assert.That((string?)context["matchedBy"], Is.EqualTo("message"));
            Assert.That(Factory.Emulator.Requests.Count(r => r.Contains("translateExchangeIds", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AnIdGraphCannotTranslateMatchesNothingAndFailsNothing()
    {
        await TrackKimAsync(null, GraphMessage);

        var context = await Context("itemId=not-an-ews-id");

        Assert.That(context["referral"], Is.Null);
    }

    [TestCase("AAQk+a/b=", "AAQk-a_b=")]
    [TestCase("AAQk-a_b=", "AAQk-a_b=")]
    [TestCase("  AAQk/x  ", "AAQk_x")]
    [TestCase("", null)]
    public void ConversationIdsAreSpelledAsGraphSpellsThem(string office, string? graph) =>
        Assert.That(OutlookIds.GraphConversationId(office), Is.EqualTo(graph));
}
