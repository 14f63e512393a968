using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Tests.Platform;

/// <summary>A fixture whose every test gets a fresh API (its own SQLite file and demo mailbox) and a client as the demo rep.</summary>
public abstract class ApiTest
{
    protected ApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The mailbox folder this fixture's API serves.</summary>
    protected abstract string WriteMailbox();

    [SetUp]
    public void StartApi()
    {
        Factory = new ApiFactory(WriteMailbox());
        Client = Factory.CreateClient();
    }

    [TearDown]
    public async Task StopApi()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>Tracks a referral through the API, as the rep's form does, and returns what the API answered (201).</summary>
    protected async Task<JsonObject> TrackAsync(object referral)
    {
        var response = await Client.PostAsJsonAsync("/api/referrals", referral);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The id of the rep's referral for this prospect, from the follow-up list; null when it is not there.</summary>
    protected async Task<string?> ReferralIdOfAsync(string prospect)
    {
        var list = await Client.GetFromJsonAsync<JsonObject>("/api/referrals");
        return (string?)list!["referrals"]!.AsArray().SingleOrDefault(r => (string?)r!["prospect"]!["address"] == prospect)?["id"];
    }
}
