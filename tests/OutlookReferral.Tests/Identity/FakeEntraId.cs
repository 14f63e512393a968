using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OutlookReferral.Tests.Identity;

/// <summary>
/// Microsoft Entra ID's token endpoint, as MSAL talks to it: on-behalf-of and client-credentials
/// grants answered with opaque Graph tokens, or with the errors that ask for consent or MFA.
/// </summary>
public sealed class FakeEntraId : HttpMessageHandler
{
    public sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form)
    {
        public string GrantType => Form.GetValueOrDefault("grant_type", "");
    }

    private readonly ConcurrentQueue<TokenRequest> requests = new();

    public IReadOnlyCollection<TokenRequest> TokenRequests => requests;

    /// <summary>Object ids of reps who have not consented yet: their on-behalf-of grant fails.</summary>
    public ConcurrentDictionary<string, string> NeedsConsent { get; } = new();

    /// <summary>Object ids of reps whom conditional access sends back for MFA, with the claims it asks for.</summary>
    public ConcurrentDictionary<string, string> NeedsMfa { get; } = new();

    public static string GraphTokenFor(string userId) => $"graph-token-for-{userId}";

    public static string AppTokenFor(string tenantId) => $"graph-app-token-for-{tenantId}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (uri.AbsolutePath.EndsWith("/discovery/instance", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, new Dictionary<string, object>
            {
                ["tenant_discovery_endpoint"] = $"https://{uri.Host}/common/v2.0/.well-known/openid-configuration",
                ["api-version"] = "1.1",
                ["metadata"] = new[]
                {
                    new { preferred_network = "login.microsoftonline.com", preferred_cache = "login.windows.net",
                          aliases = new[] { "login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net" } },
                },
            });
        }
        if (request.Method == HttpMethod.Post && uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var form = (await request.Content!.ReadAsStringAsync(cancellationToken)).Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.ElementAtOrDefault(1) ?? ""));
            var tenant = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
            requests.Enqueue(new TokenRequest(tenant, form));
            return form.GetValueOrDefault("grant_type") switch
            {
                "urn:ietf:params:oauth:grant-type:jwt-bearer" => OnBehalfOf(new JsonWebToken(form["assertion"]), form),
                "client_credentials" => Token(AppTokenFor(tenant), form["scope"], refreshToken: null, idToken: null),
                "refresh_token" => Json(HttpStatusCode.BadRequest, new { error = "invalid_grant", error_description = "AADSTS70000: refresh not expected in these tests" }),
                var other => Json(HttpStatusCode.BadRequest, new { error = "unsupported_grant_type", error_description = $"AADSTS70003: {other}" }),
            };
        }
        return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
    }

    private HttpResponseMessage OnBehalfOf(JsonWebToken assertion, Dictionary<string, string> form)
    {
        var oid = assertion.GetClaim("oid").Value;
        var tid = assertion.GetClaim("tid").Value;
        if (NeedsConsent.ContainsKey(oid))
        {
            return Json(HttpStatusCode.BadRequest, new
            {
                error = "invalid_grant",
                error_description = "AADSTS65001: The user or administrator has not consented to use the application.",
                error_codes = new[] { 65001 },
                suberror = "consent_required",
            });
        }
        if (NeedsMfa.TryGetValue(oid, out var claims))
        {
            return Json(HttpStatusCode.BadRequest, new
            {
                error = "interaction_required",
                error_description = "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.",
                error_codes = new[] { 50076 },
                claims,
            });
        }
        var idToken = new JsonWebTokenHandler().CreateToken(JsonSerializer.Serialize(new
        {
            iss = TestTokens.IssuerOf(tid), aud = TestTokens.ClientId, oid, tid, sub = $"sub-{oid}", ver = "2.0",
            preferred_username = assertion.GetClaim("preferred_username").Value,
            iat = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
        }));
        var clientInfo = Base64Url(JsonSerializer.Serialize(new { uid = oid, utid = tid }));
        return Token(GraphTokenFor(oid), form["scope"], refreshToken: $"refresh-{oid}", idToken, clientInfo);
    }

    private static HttpResponseMessage Token(string accessToken, string scope, string? refreshToken, string? idToken, string? clientInfo = null) =>
        Json(HttpStatusCode.OK, new Dictionary<string, object?>
        {
            ["token_type"] = "Bearer",
            ["scope"] = scope,
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = accessToken,
            ["refresh_token"] = refreshToken,
            ["id_token"] = idToken,
            ["client_info"] = clientInfo,
        }.Where(p => p.Value is not null).ToDictionary());

    private static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
