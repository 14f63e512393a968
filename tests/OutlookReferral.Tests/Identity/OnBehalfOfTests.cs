using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;

namespace OutlookReferral.Tests.Identity;

/// <summary>
/// Graph is called with a token Entra ID issued on the rep's behalf, got by Microsoft.Identity.Web
/// from the token the add-in sent; when Entra ID wants consent or MFA first, the add-in hears so.
/// </summary>
public class OnBehalfOfTests
{
    private SignedInApiFactory factory = null!;

    [SetUp]
    public void Start() => factory = new SignedInApiFactory();

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private IEnumerable<FakeEntraId.TokenRequest> OnBehalfOfRequests =>
        factory.Entra.TokenRequests.Where(r => r.GrantType == "urn:ietf:params:oauth:grant-type:jwt-bearer");

    [Test]
    public async Task AScanReadsTheMailboxWithAnOnBehalfOfTokenForTheRep()
    {
        var token = TestTokens.For(TestTokens.Sam);
        using var client = factory.CreateClient(token);

        using var response = await client.PostAsync("/api/scan", null);

        var grants = OnBehalfOfRequests.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), () => response.Content.ReadAsStringAsync().Result);
            Assert.That(grants, Is.Not.Empty);
            Assert.That(grants.Select(g => g.Form["assertion"]), Is.All.EqualTo(token), "exchanges the very token the add-in sent");
            Assert.That(grants.Select(g => g.Form["requested_token_use"]), Is.All.EqualTo("on_behalf_of"));
            Assert.That(grants.Select(g => g.Form["client_id"]), Is.All.EqualTo(TestTokens.ClientId));
            Assert.That(grants.Select(g => g.Tenant), Is.All.EqualTo(TestTokens.Sam.TenantId), "asks the rep's own tenant");
            Assert.That(grants[0].Form["scope"].Split(' '), Is.SupersetOf(new[] { "User.Read", "Mail.ReadWrite", "Calendars.Read" }));
            Assert.That(grants[0].Form["scope"].Split(' '), Has.None.EndsWith(".default"), "asks for the named delegated permissions only");
            Assert.That(factory.GraphAuthorizations, Is.Not.Empty.And.All.EqualTo($"Bearer {FakeEntraId.GraphTokenFor(TestTokens.Sam.UserId)}"));
        });
    }

    [Test]
    public async Task LaterRequestsUseTheCachedToken()
    {
        using var client = factory.CreateClient(TestTokens.Sam);

        await client.PostAsync("/api/scan", null);
        var afterFirst = factory.Entra.TokenRequests.Count;
        using var second = await client.PostAsync("/api/scan", null);

        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(factory.Entra.TokenRequests, Has.Count.EqualTo(afterFirst), "no new grant for the same add-in token");
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ABackgroundScanActsForARepWhoSignedInEarlier(bool distributedCache)
    {
        if (distributedCache)
        {
            await factory.DisposeAsync();
            factory = new SignedInApiFactory(b => b.UseSetting("TokenCache:Distributed", "true"));
            Assert.That(factory.Services.GetRequiredService<Microsoft.Identity.Web.TokenCacheProviders.IMsalTokenCacheProvider>(),
                Is.InstanceOf<Microsoft.Identity.Web.TokenCacheProviders.Distributed.MsalDistributedTokenCacheAdapter>());
        }
        using (var client = factory.CreateClient(TestTokens.Sam))
        {
            await client.PostAsync("/api/scan", null);
        }
        var before = factory.GraphAuthorizations.Count;
        var grants = factory.Entra.TokenRequests.Count;

        // No request, no token from the add-in: the rep's session in the token cache is all there is.
        var result = await factory.Services.GetRequiredService<RepScanner>().ScanAsync(TestTokens.Sam.Id, CancellationToken.None);

        Assert.Multiple(() =>
        {
            // A rescan with nothing new reads no message, but it does ask Graph (each folder's delta link).
            Assert.That(result.GraphRequests, Is.GreaterThan(0));
            Assert.That(factory.GraphAuthorizations.Skip(before), Is.Not.Empty.And.All.EqualTo($"Bearer {FakeEntraId.GraphTokenFor(TestTokens.Sam.UserId)}"));
            Assert.That(factory.Entra.TokenRequests, Has.Count.EqualTo(grants), "the cached session's token, no new grant");
        });
    }

    [Test]
    public void ABackgroundScanCannotActForARepWhoNeverSignedIn()
    {
        var scanner = factory.Services.GetRequiredService<RepScanner>();

        Assert.That(async () => await scanner.ScanAsync(TestTokens.Sam.Id, CancellationToken.None), Throws.Exception);
        Assert.That(factory.GraphAuthorizations, Is.Empty, "nothing reached Graph");
    }

    [Test]
    public async Task MissingConsentIsA401WithTheChallengeTheAddInCompletes()
    {
        factory.Entra.NeedsConsent[TestTokens.Sam.UserId] = "";
        using var client = factory.CreateClient(TestTokens.Sam);

        using var response = await client.PostAsync("/api/scan", null);

        var challenge = Challenge(response);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(challenge, Does.StartWith("Bearer "));
            Assert.That(challenge, Does.Contain("consentUri=\"https://login.microsoftonline.com/"));
            Assert.That(challenge, Does.Contain($"client_id={TestTokens.ClientId}"));
            Assert.That(challenge, Does.Contain("scopes=\"User.Read,MailboxSettings.Read,Mail.ReadWrite,"));
            Assert.That(challenge, Does.Contain("proposedAction=\"consent\""));
            Assert.That((int?)problem!["status"], Is.EqualTo(401));
            Assert.That(problem["scopes"]!.AsArray().Select(s => (string?)s), Does.Contain("Mail.ReadWrite"));
            Assert.That(factory.GraphAuthorizations, Is.Empty, "nothing reached Graph");
        });
    }

    [Test]
    public async Task AnMfaDemandIsA401CarryingTheClaimsToAskFor()
    {
        const string claims = """{"access_token":{"acrs":{"essential":true,"value":"c1"}}}""";
        factory.Entra.NeedsMfa[TestTokens.Sam.UserId] = claims;
        using var client = factory.CreateClient(TestTokens.Sam);

        using var scan = await client.PostAsync("/api/scan", null);

        var problem = await scan.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Multiple(() =>
        {
            Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(Challenge(scan), Does.Contain($"claims=\"{claims}\""));
            Assert.That((string?)problem!["claims"], Is.EqualTo(claims), "the body carries the claims as JSON can read them");
        });
    }

    // Microsoft.Identity.Web quotes the claims JSON as is, so HttpClient cannot parse the header into parts.
    private static string Challenge(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var values) ? string.Join(", ", values) : "";

    [Test]
    public async Task AppOnlyModeUsesTheApisOwnPermissionsInTheRepsTenant()
    {
        await using var appOnly = new SignedInApiFactory(b => b.UseSetting("Graph:AppOnly", "true"));
        using var client = appOnly.CreateClient(TestTokens.Sam);

        using var response = await client.PostAsync("/api/scan", null);

        var grant = appOnly.Entra.TokenRequests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(grant.GrantType, Is.EqualTo("client_credentials"));
            Assert.That(grant.Form["scope"], Does.Contain(GraphTokenProvider.AppOnlyScope));
            Assert.That(grant.Tenant, Is.EqualTo(TestTokens.Sam.TenantId));
            Assert.That(appOnly.GraphAuthorizations, Is.Not.Empty.And.All.EqualTo($"Bearer {FakeEntraId.AppTokenFor(TestTokens.Sam.TenantId)}"));
        });
    }

    [TestCase("http://graph.microsoft.com/v1.0/me")]
    [TestCase("https://attacker.example.com/v1.0/me")]
    public async Task TheRepsTokenGoesToGraphAndNowhereElse(string url)
    {
        using (var client = factory.CreateClient(TestTokens.Sam))
        {
            await client.PostAsync("/api/scan", null);
        }
        var provider = new GraphTokenProvider(
            factory.Services.GetRequiredService<Microsoft.Identity.Web.ITokenAcquisition>(), TestTokens.Sam.Id, new GraphOptions(), ["graph.microsoft.com"]);

        var token = await provider.GetAuthorizationTokenAsync(new Uri(url));

        Assert.That(token, Is.Empty);
    }
}
