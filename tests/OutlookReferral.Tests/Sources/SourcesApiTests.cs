using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Sources;

/// <summary>GET /api/sources end to end: each source's introductions, how they stand, and who is owed an update.</summary>
public sealed class SourcesApiTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox() => new MailboxFolderBuilder()
        // George: Kim answered, and George has not heard since. Owed.
        .Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20))
        .Sent(Now.AddDays(-19), "Referred by George Smith", "kim@fabrikam.com")
        .Received(Now.AddDays(-12), "Re: Referred by George Smith", "kim@fabrikam.com", "Happy to talk next week.")
        .Referral("Jordan Park", "jordan@northwind.com", "George Smith", "george@adatum.com", Now.AddDays(-3))
        // Priya: Ana answered, and the rep told Priya afterwards. Up to date.
        .Referral("Ana Diaz", "ana@litware.com", "Priya Shah", "priya@relecloud.com", Now.AddDays(-15))
        .Sent(Now.AddDays(-14), "Referred by Priya Shah", "ana@litware.com")
        .Received(Now.AddDays(-12), "Re: Referred by Priya Shah", "ana@litware.com", "Sounds good.")
        .Sent(Now.AddDays(-11), "Ana Diaz and I are talking", "priya@relecloud.com")
        .Filler(20, Now.AddDays(-60), Now.AddDays(-1))
        .Write(Now);

    [Test]
    public async Task SourcesOwedAnUpdateComeFirstWithTheirCountsAndLastUpdate()
    {
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();

        var sources = (await Client.GetFromJsonAsync<JsonObject>("/api/sources"))!["sources"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(sources.Select(s => (string?)s!["source"]!["name"]), Is.EqualTo(new[] { "George Smith", "Priya Shah" }));
            var george = sources[0]!;
            Assert.That((int?)george["introductions"], Is.EqualTo(2));
            Assert.That((int?)george["owedUpdates"], Is.EqualTo(1));
            Assert.That((int?)george["counts"]!["in-touch"], Is.EqualTo(1));
            Assert.That((int?)george["counts"]!["not-contacted"], Is.EqualTo(1));
            Assert.That(george["lastUpdateAt"], Is.Null);
            var kim = george["referrals"]!.AsArray().Single(r => (string?)r!["prospect"]!["name"] == "Kim Lee")!;
            Assert.That((bool?)kim["owedUpdate"], Is.True);
            Assert.That((string?)kim["suggested"], Is.EqualTo("update-source"));

            var priya = sources[1]!;
            Assert.That((int?)priya["owedUpdates"], Is.Zero);
            Assert.That(DateTimeOffset.Parse((string)priya["lastUpdateAt"]!, System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(Now.AddDays(-11)));
        });
    }

    [Test]
    public async Task TheUpdateDraftedFromTheSourcesViewGoesToTheSourceOnceOnly()
    {
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var kim = await ReferralIdOfAsync("kim@fabrikam.com");

        var first = await Client.PostAsJsonAsync($"/api/referrals/{kim}/drafts", new { step = "update-source" });
        var again = await Client.PostAsJsonAsync($"/api/referrals/{kim}/drafts", new { step = "update-source" });

        var created = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        var reused = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Multiple(() =>
        {
            Assert.That((int)first.StatusCode, Is.EqualTo(201), created.ToJsonString());
            Assert.That((string?)created["to"]![0]!["address"], Is.EqualTo("george@adatum.com"));
            Assert.That((bool?)reused["reused"], Is.True);
            Assert.That((string?)reused["messageId"], Is.EqualTo((string?)created["messageId"]));
            Assert.That(Factory.Emulator.Mailbox.Drafts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task AThankYouWithoutAMeetingHeldIsRefused()
    {
        (await Client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var kim = await ReferralIdOfAsync("kim@fabrikam.com");

        var response = await Client.PostAsJsonAsync($"/api/referrals/{kim}/drafts", new { step = "thank-source", force = true });

        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(409), problem.ToJsonString());
            Assert.That((string?)problem["code"], Is.EqualTo("no-meeting-held"));
            Assert.That(Factory.Emulator.Mailbox.Drafts, Is.Empty);
        });
    }
}
