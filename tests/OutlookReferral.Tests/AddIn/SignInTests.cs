using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// Real sign-in in the pane (nested app authentication): /api/client-config says Entra, a fake MSAL stands in for
/// the vendored one, and the API (still the demo behind the page) sees what the pane sends: the access token,
/// silent first, a popup only when MSAL says so, a 401 challenge answered and the call retried once.
/// </summary>
[NonParallelizable]
public sealed class SignInTests : TaskPaneBrowser
{
    private const string GraphScope = "https://graph.microsoft.com/Mail.ReadWrite";
    private const string Claims = """{"access_token":{"xms_cc":{"values":["cp1"]}}}""";

    // MSAL as auth.js uses it, defining window.msal as the vendored UMD build does; every call is logged in
    // window.__msalLog. `popupError` makes acquireTokenPopup fail.
    private static string FakeMsal(bool signedIn = false, string? popupError = null) => $$"""
        (() => {
          const log = window.__msalLog = [];
          class InteractionRequiredAuthError extends Error { constructor(code) { super(code); this.errorCode = code; } }
          class BrowserAuthError extends Error { constructor(code) { super(code); this.errorCode = code; } }
          const account = { username: "sam@contoso.com", homeAccountId: "sam" };
          let signedIn = {{(signedIn ? "true" : "false")}};
          // Like MSAL's cache: a token got with claims is the one silent returns from then on.
          let cached = "fake-access-token";
          const answer = (token) => ({ accessToken: token, idToken: "fake-id-token", account });
          window.msal = {
            InteractionRequiredAuthError, BrowserAuthError,
            async createNestablePublicClientApplication(config) {
              log.push("create " + JSON.stringify(config));
              return {
                getAllAccounts: () => (signedIn ? [account] : []),
                async acquireTokenSilent(request) {
                  log.push(`silent ${request.scopes.join(" ")}${request.claims ? " claims=" + request.claims : ""}`);
                  if (!signedIn) throw new InteractionRequiredAuthError("interaction_required");
                  if (request.claims) cached = "fake-access-token-with-claims";
                  return answer(cached);
                },
                async acquireTokenPopup(request) {
                  log.push(`popup ${request.scopes.join(" ")}${request.claims ? " claims=" + request.claims : ""}`);
                  {{(popupError is null ? "" : $"throw new BrowserAuthError(\"{popupError}\");")}}
                  signedIn = true;
                  return answer(request.scopes.includes("api://outlookreferral/access_as_user") ? "fake-access-token" : "fake-graph-token");
                },
              };
            },
          };
        })();
        """;

    /// <summary>The fake stands in for lib/msal-browser/msal-browser.min.js at its URL: the pane loads it as it would the real one.</summary>
    private static Task ServeMsal(IPage page, string fake) => page.RouteAsync("**/lib/msal-browser/msal-browser.min.js", route => route.FulfillAsync(new()
    {
        ContentType = "text/javascript",
        Body = fake,
    }));

    private static Task EntraConfig(IPage page) => page.RouteAsync("**/api/client-config", route => route.FulfillAsync(new()
    {
        ContentType = "application/json",
        Body = """
            {"demo":false,"clientId":"11111111-2222-3333-4444-555555555555",
             "authority":"https://login.microsoftonline.com/common","apiScopes":["api://outlookreferral/access_as_user"]}
            """,
    }));

    /// <summary>Every API request the page makes, except the anonymous client config.</summary>
    private static List<IRequest> RecordApiCalls(IPage page)
    {
        var calls = new List<IRequest>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal) && !request.Url.Contains("/api/client-config", StringComparison.Ordinal))
            {
                lock (calls) calls.Add(request);
            }
        };
        return calls;
    }

    private static async Task<string[]> AuthorizationOf(IEnumerable<IRequest> requests)
    {
        var values = new List<string>();
        foreach (var r in requests.ToArray())
        {
            values.Add((await r.AllHeadersAsync()).GetValueOrDefault("authorization") ?? "(none)");
        }
        return [.. values];
    }

    private static Task<string[]> MsalLogAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__msalLog");

    [Test]
    public async Task SilentFirstThenOnePopupAndTheApiGetsTheAccessTokenNeverTheIdToken()
    {
        List<IRequest> calls = [];
        var page = await OpenPaneAsync(async p =>
        {
            calls = RecordApiCalls(p);
            await EntraConfig(p);
            await ServeMsal(p, FakeMsal());
        });
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("#followups section").First).ToBeVisibleAsync();

        var log = await MsalLogAsync(page);
        Assert.That(log[0], Does.Contain("\"clientId\":\"11111111-2222-3333-4444-555555555555\"").And.Contain("\"cacheLocation\":\"localStorage\""));
        Assert.That(log[1..3], Is.EqualTo(new[] { "silent api://outlookreferral/access_as_user", "popup api://outlookreferral/access_as_user" }));
        // The pane's parallel first calls share one sign-in: one popup, then silent again.
        Assert.That(log.Count(l => l.StartsWith("popup", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(log[3..], Is.All.EqualTo("silent api://outlookreferral/access_as_user"));
        var headers = await AuthorizationOf(calls);
        Assert.That(headers, Is.Not.Empty);
        Assert.That(headers, Is.All.EqualTo("Bearer fake-access-token"));
    }

    [Test]
    public async Task AChallengeGetsConsentAndAClaimsTokenThenTheCallIsRetriedOnce()
    {
        List<IRequest> calls = [];
        var challenged = 0;
        var page = await OpenPaneAsync(async p =>
        {
            calls = RecordApiCalls(p);
            await EntraConfig(p);
            await ServeMsal(p, FakeMsal(signedIn: true));
            await p.RouteAsync("**/api/referrals", async route =>
            {
                if (Interlocked.Increment(ref challenged) > 1)
                {
                    await route.ContinueAsync();
                    return;
                }
                await route.FulfillAsync(new()
                {
                    Status = 401,
                    ContentType = "application/problem+json",
                    Body = JsonSerializer.Serialize(new { title = "Consent needed", status = 401, scopes = new[] { GraphScope }, claims = Claims }),
                });
            });
        });
        await ExpectScanFinishedAsync(page);
        await Expect(page.Locator("#problem")).ToBeEmptyAsync();

        var log = await MsalLogAsync(page);
        Assert.That(log, Does.Contain($"popup {GraphScope} claims={Claims}"));
        Assert.That(log, Does.Contain($"silent api://outlookreferral/access_as_user claims={Claims}"));
        var referrals = calls.Where(c => c.Url.EndsWith("/api/referrals", StringComparison.Ordinal)).ToList();
        Assert.That(referrals, Has.Count.EqualTo(2));
        Assert.That(await AuthorizationOf(referrals), Is.EqualTo(new[] { "Bearer fake-access-token", "Bearer fake-access-token-with-claims" }));
    }

    [Test]
    public async Task AChallengeThatComesBackAgainIsNotRetriedForever()
    {
        var challenged = 0;
        var page = await OpenPaneAsync(async p =>
        {
            await EntraConfig(p);
            await ServeMsal(p, FakeMsal(signedIn: true));
            await p.RouteAsync("**/api/referrals", route =>
            {
                Interlocked.Increment(ref challenged);
                return route.FulfillAsync(new()
                {
                    Status = 401, ContentType = "application/problem+json",
                    Body = JsonSerializer.Serialize(new { title = "Consent needed", status = 401, scopes = new[] { GraphScope }, claims = (string?)null }),
                });
            });
        });

        await Expect(page.Locator("#problem")).ToContainTextAsync("We couldn't load your follow-ups");
        Assert.That(challenged, Is.EqualTo(2));
    }

    [Test]
    public async Task ASignInThatFailsAsksTheRepToSignIn()
    {
        var page = await OpenPaneAsync(async p =>
        {
            await EntraConfig(p);
            await ServeMsal(p, FakeMsal(popupError: "user_cancelled"));
        });

        await Expect(page.Locator("#problem")).ToContainTextAsync("Sign in to Microsoft 365 to see your referrals.");
        await Expect(page.Locator("#problem").GetByRole(AriaRole.Button, new() { Name = "Retry" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task WhereThePopupCannotOpenTheOfficeDialogSignsIn()
    {
        List<IRequest> calls = [];
        const string dialogStub = """
            window.__dialogs = window.__dialogs || [];
            window.Office = {
              HostType: { Outlook: "Outlook" }, AsyncResultStatus: { Succeeded: "succeeded" },
              EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
              context: {
                mailbox: { item: null, userProfile: { displayName: "Sam Rivera", emailAddress: "sam@contoso.com", timeZone: "UTC" } },
                ui: {
                  displayDialogAsync(url, options, callback) {
                    window.__dialogs.push(url);
                    const handlers = {};
                    const dialog = { addEventHandler: (type, handler) => { handlers[type] = handler; }, close() {} };
                    callback({ status: "succeeded", value: dialog });
                    setTimeout(() => handlers.message({ message: JSON.stringify({ accessToken: "dialog-access-token" }) }), 10);
                  },
                },
              },
              onReady(callback) {
                const info = { host: "Outlook", platform: "OfficeOnline" };
                if (callback) callback(info);
                return Promise.resolve(info);
              },
            };
            """;
        var page = await OpenPaneAsync(async p =>
        {
            calls = RecordApiCalls(p);
            await EntraConfig(p);
            await ServeMsal(p, FakeMsal(popupError: "popup_window_error"));
            // Office.js must be there before the first token request: the stub goes in as an init script too.
            await p.AddInitScriptAsync(dialogStub);
        }, officeStub: dialogStub);
        await ExpectScanFinishedAsync(page);

        var dialogs = await page.EvaluateAsync<string[]>("() => window.__dialogs");
        Assert.That(dialogs, Has.Length.EqualTo(1));
        Assert.That(dialogs[0], Does.Contain("/dialog.html?scopes=api%3A%2F%2Foutlookreferral%2Faccess_as_user"));
        Assert.That((await AuthorizationOf(calls)).First(), Is.EqualTo("Bearer dialog-access-token"));
    }

    [Test]
    public async Task InTheDemoNoAuthorizationHeaderIsSent()
    {
        List<IRequest> calls = [];
        var page = await OpenPaneAsync(p =>
        {
            calls = RecordApiCalls(p);
            return Task.CompletedTask;
        });
        await ExpectScanFinishedAsync(page);

        Assert.That(calls, Is.Not.Empty);
        Assert.That(await AuthorizationOf(calls), Is.All.EqualTo("(none)"));
    }

    [Test]
    public async Task TheVendoredMsalIsServedByTheApiAndOffersNestedAppAuthentication()
    {
        var page = await OpenPaneAsync();
        await ExpectScanFinishedAsync(page);

        await page.AddScriptTagAsync(new() { Url = "lib/msal-browser/msal-browser.min.js" });

        var exports = await page.EvaluateAsync<string[]>("""
            () => ["createNestablePublicClientApplication", "PublicClientApplication", "InteractionRequiredAuthError", "BrowserAuthError"]
              .filter((name) => typeof window.msal?.[name] === "function")
            """);
        Assert.That(exports, Has.Length.EqualTo(4));
        Assert.That(await page.EvaluateAsync<string>("() => window.msal.version"), Is.EqualTo("5.30.0"));
    }
}
