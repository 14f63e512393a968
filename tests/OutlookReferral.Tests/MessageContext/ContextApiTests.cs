using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.MessageContext;

public class ContextApiTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    private string referralId = "";

    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(Now);

    [SetUp]
    public async Task TrackKim()
    {
        var created = await TrackAsync(new
        {
            prospect = new { name = "Kim Lee", address = "kim@fabrikam.com" },
            source = new { name = "George Smith", address = "george@adatum.com" },
            introducedAt = Now.AddDays(-4),
            conversationId = "AAQk-intro-thread",
        });
        referralId = (string)created["id"]!;
    }


    private async Task<JsonObject> Context(string query) => (await Client.GetFromJsonAsync<JsonObject>("/api/context?" + query))!;

    [Test]
    public async Task MessageInTheIntroductionThreadShowsItsReferral()
    {
        var context = await Context("conversationId=AAQk-intro-thread&from=" + Uri.EscapeDataString("Someone <someone@else.com>"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)context["referral"]!["id"], Is.EqualTo(referralId));
            Assert.That((string?)context["matchedBy"], Is.EqualTo("conversation"));
        });
    }

    [Test]
    public async Task MessageFromTheProspectInAnyThreadShowsItsReferral()
    {
        var context = await Context("conversationId=other&from=" + Uri.EscapeDataString("Kim Lee <KIM@fabrikam.com>") + "&to=sam@contoso.com");

        Assert.Multiple(() =>
        {
            Assert.That((string?)context["referral"]!["id"], Is.EqualTo(referralId));
            Assert.That((string?)context["matchedBy"], Is.EqualTo("prospect"));
        });
    }

    [Test]
    public async Task MessageFromTheSourceShowsTheReferralTheyMade()
    {
        var context = await Context("from=george@adatum.com&to=sam@contoso.com");

        Assert.That((string?)context["matchedBy"], Is.EqualTo("source"));
    }

    [Test]
    public async Task UnrelatedMessagePrefillsTrackReferralFromItsPeople()
    {
        var to = string.Join('&', new[] { "Sam Rivera <sam@contoso.com>", "Dana Cho <dana@northwind.com>", "Alex Colleague <alex@contoso.com>" }
            .Select(t => "to=" + Uri.EscapeDataString(t)));
        var context = await Context($"from={Uri.EscapeDataString("Priya Shah <priya@relecloud.com>")}&{to}&cc=ops@tailspin.com&subject=Intro");

        var prefill = context["prefill"]!;
        Assert.Multiple(() =>
        {
            Assert.That(context["referral"], Is.Null);
            Assert.That((string?)prefill["source"]!["name"], Is.EqualTo("Priya Shah"));
            Assert.That(prefill["prospects"]!.AsArray().Select(p => (string?)p!["address"]),
                Is.EqualTo(new[] { "dana@northwind.com", "ops@tailspin.com" }), "the rep and colleagues at the rep's domain are left out");
        });
    }

    [Test]
    public async Task BadAddressIsAFieldError()
    {
        var response = await Client.GetAsync("/api/context?from=" + Uri.EscapeDataString("Kim <not an address>"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AnotherRepSeesNothingOfThisReferral()
    {
        using var other = Factory.CreateClient();
        TestSignIn.As(other, new RepId("tenant-z", "rep-z"), "zed@contoso.com");

        var context = await other.GetFromJsonAsync<JsonObject>("/api/context?conversationId=AAQk-intro-thread&from=kim@fabrikam.com");

        Assert.That(context!["referral"], Is.Null);
    }
}
