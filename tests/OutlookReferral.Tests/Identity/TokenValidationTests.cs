using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace OutlookReferral.Tests.Identity;

/// <summary>Outside demo mode, only a valid Entra ID token carrying our scope reaches an API route.</summary>
public class TokenValidationTests
{
    private SignedInApiFactory factory = null!;
    private IReadOnlyList<ApiRoute> routes = null!;

    [OneTimeSetUp]
    public void Start()
    {
        factory = new SignedInApiFactory();
        routes = ApiRoute.All(factory);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private static string Fill(string parameter) => parameter switch
    {
        "step" => "second-note",
        "documentName" => "v1",
        _ => "some-id",
    };

    private async Task<Dictionary<string, HttpStatusCode>> SendToEveryRoute(string? token)
    {
        using var client = factory.CreateClient(token);
        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var route in routes)
        {
            using var response = await client.SendAsync(route.Request(Fill));
            statuses[route.ToString()] = response.StatusCode;
        }
        return statuses;
    }

    [Test]
    public void TheRouteListCoversTheWholeApi()
    {
        Assert.That(routes.Select(r => r.ToString()), Is.SupersetOf(new[]
        {
            "GET /api/me", "GET /api/referrals", "POST /api/scan", "GET /api/context", "POST /api/referrals/{id}/drafts",
            "GET /api/templates/{step}", "POST /api/introductions/{id}/track", "DELETE /api/referrals/{id}",
        }));
    }

    [Test]
    public async Task EveryRouteRefusesARequestWithoutAToken()
    {
        var statuses = await SendToEveryRoute(null);

        Assert.That(statuses, Has.All.Property("Value").EqualTo(HttpStatusCode.Unauthorized), string.Join("\n", statuses));
    }

    public static IEnumerable<TestCaseData> BadTokens()
    {
        var sam = TestTokens.Sam;
        yield return new TestCaseData(TestTokens.For(sam, expires: DateTime.UtcNow.AddMinutes(-10))).SetArgDisplayNames("expired");
        yield return new TestCaseData(TestTokens.For(sam, audience: "https://graph.microsoft.com")).SetArgDisplayNames("for another audience");
        yield return new TestCaseData(TestTokens.For(sam, audience: "00000000-1111-2222-3333-444444444444")).SetArgDisplayNames("for another app");
        yield return new TestCaseData(TestTokens.For(sam, issuer: "https://sts.example.com/" + sam.TenantId + "/v2.0")).SetArgDisplayNames("from another issuer");
        yield return new TestCaseData(TestTokens.For(sam, issuer: TestTokens.IssuerOf(TestTokens.TenantB))).SetArgDisplayNames("issued by a tenant other than its tid");
        yield return new TestCaseData(TestTokens.For(sam, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = TestTokens.SigningKey.KeyId }))
            .SetArgDisplayNames("with a bad signature");
        yield return new TestCaseData(TestTokens.For(sam, scope: null)).SetArgDisplayNames("with neither scope nor roles");
        yield return new TestCaseData(TestTokens.For(sam)[..^8] + "AAAAAAAA").SetArgDisplayNames("tampered");
    }

    [TestCaseSource(nameof(BadTokens))]
    public async Task EveryRouteRefusesAnInvalidToken(string token)
    {
        var statuses = await SendToEveryRoute(token);

        Assert.That(statuses, Has.All.Property("Value").EqualTo(HttpStatusCode.Unauthorized), string.Join("\n", statuses));
    }

    [TestCase("Mail.Read")]
    [TestCase("access_as_admin User.Read")]
    public async Task EveryRouteForbidsAValidTokenWithoutOurScope(string scope)
    {
        var statuses = await SendToEveryRoute(TestTokens.For(TestTokens.Sam, scope: scope));

        Assert.That(statuses, Has.All.Property("Value").EqualTo(HttpStatusCode.Forbidden), string.Join("\n", statuses));
    }

    [Test]
    public async Task TheRepIsWhoTheTokenSays()
    {
        using var client = factory.CreateClient(TestTokens.For(TestTokens.Pat, scope: "User.Read access_as_user"));

        var me = await client.GetFromJsonAsync<JsonObject>("/api/me");

        Assert.Multiple(() =>
        {
            Assert.That((string?)me!["tenantId"], Is.EqualTo(TestTokens.Pat.TenantId));
            Assert.That((string?)me["userId"], Is.EqualTo(TestTokens.Pat.UserId));
            Assert.That((string?)me["displayName"], Is.EqualTo("Pat Kim"));
            Assert.That((bool?)me["demo"], Is.False);
        });
    }

    [TestCase("/healthz")]
    [TestCase("/api/client-config")]
    [TestCase("/taskpane.html")]
    [TestCase("/")]
    [TestCase("/assets/icon-80.png")]
    public async Task TheHealthCheckAndTheTaskPaneNeedNoToken(string path)
    {
        using var client = factory.CreateClient(token: null);

        using var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AnUnknownPathNeedsATokenToo()
    {
        using var client = factory.CreateClient(token: null);

        using var response = await client.GetAsync("/api/not-a-route");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
