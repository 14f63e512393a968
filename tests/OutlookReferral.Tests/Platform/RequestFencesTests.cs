using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using OutlookReferral.Platform;
using OutlookReferral.Tests.Identity;

namespace OutlookReferral.Tests.Platform;

/// <summary>
/// What a hostile page can make a browser send: the demo under another host name (DNS rebinding), and
/// body-less POSTs from another site (no preflight). Both are refused and change nothing.
/// </summary>
public class RequestFencesTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox() =>
        new MailboxFolderBuilder().Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20), closedAt: Now.AddDays(-1))
            .Write(Now);

    private long Scans()
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath}");
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM scans");
    }

    private bool KimIsClosed()
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath}");
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM referrals WHERE prospect_address = 'kim@fabrikam.com' AND closed_at IS NOT NULL") == 1;
    }

    [TestCase("rebind.example")]
    [TestCase("rebind.example:5080")]
    [TestCase("127.0.0.1.nip.example")]
    public async Task TheDemoAnswersNoOtherHostName(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/scan");
        request.Headers.Host = host;

        using var response = await Client.SendAsync(request);

        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)problem!["title"], Is.EqualTo("Unknown host"));
            Assert.That(Scans(), Is.Zero);
        });
    }

    [TestCase("localhost:5080")]
    [TestCase("127.0.0.1:5080")]
    [TestCase("[::1]:5080")]
    public async Task TheDemoAnswersItsLoopbackNames(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        request.Headers.Host = host;

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static IEnumerable<TestCaseData> CrossSiteHeaders()
    {
        yield return new TestCaseData("Origin", "https://attacker.example").SetName("AnotherSitesOriginIsRefused");
        yield return new TestCaseData("Origin", "http://localhost:6000").SetName("AnotherPortsOriginIsRefused");
        yield return new TestCaseData("Origin", "null").SetName("AnOpaqueOriginIsRefused");
        yield return new TestCaseData("Sec-Fetch-Site", "cross-site").SetName("ACrossSiteFetchIsRefused");
        yield return new TestCaseData("Sec-Fetch-Site", "same-site").SetName("ASiblingSitesFetchIsRefused");
    }

    [TestCaseSource(nameof(CrossSiteHeaders))]
    public async Task ABodylessPostFromAnotherSiteChangesNothing(string header, string value)
    {
        var kim = await ReferralIdOfAsync("kim@fabrikam.com");
        foreach (var path in new[] { "/api/scan", $"/api/referrals/{kim}/reopen" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path);
            // As Kestrel receives it from a browser: the port is in Host whenever it is not the scheme's default.
            request.Headers.Host = "localhost:5080";
            request.Headers.Add(header, value);

            using var response = await Client.SendAsync(request);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
        }
        Assert.Multiple(() =>
        {
            Assert.That(Scans(), Is.Zero);
            Assert.That(KimIsClosed(), Is.True);
        });
    }

    [Test]
    public async Task ThePanesOwnOriginMayChangeThings()
    {
        var kim = await ReferralIdOfAsync("kim@fabrikam.com");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{kim}/reopen");
        request.Headers.Host = "localhost:5080";
        request.Headers.Add("Origin", "http://localhost:5080");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await Client.SendAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(KimIsClosed(), Is.False);
        });
    }

    [TestCase("https://outlook-referral.example.com", "outlook-referral.example.com", true)]
    [TestCase("https://outlook-referral.example.com", "outlook-referral.example.com:443", true)]
    [TestCase("http://localhost:5080", "localhost:5080", true)]
    [TestCase("http://[::1]:5080", "[::1]:5080", true)]
    [TestCase("https://OUTLOOK-referral.example.com", "outlook-referral.example.com", true)]
    [TestCase("https://outlook-referral.example.com.attacker.example", "outlook-referral.example.com", false)]
    [TestCase("https://attacker.example", "outlook-referral.example.com", false)]
    [TestCase("http://localhost:6000", "localhost:5080", false)]
    [TestCase("null", "localhost:5080", false)]
    [TestCase("file://", "localhost:5080", false)]
    public void SameOriginComparesHostAndPort(string origin, string host, bool same) =>
        Assert.That(RequestFences.SameOrigin(origin, new HostString(host)), Is.EqualTo(same));

    [Test]
    public async Task SignedInModeAnswersItsPublicName()
    {
        await using var signedIn = new SignedInApiFactory();
        using var client = signedIn.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://outlook-referral.example.com") });

        using var response = await client.GetAsync("/healthz");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
