using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookReferral.Tests.Identity;
using OutlookReferral.Tests.Manifest;

namespace OutlookReferral.Tests.Platform;

/// <summary>
/// Every file of the pane and every API route carries the headers browsers need: a strict policy for the pane's
/// pages, nosniff and no Referer everywhere, no caching of the API's answers, HSTS over HTTPS. Only the pane's own
/// files are served.
/// </summary>
public partial class SecurityHeadersTests
{
    private static readonly string AddIn = Path.Combine(ManifestFiles.Root, "addin");

    private static ApiFactory factory = null!;
    private static HttpClient client = null!;

    [OneTimeSetUp]
    public static void StartApi()
    {
        factory = new ApiFactory();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public static async Task StopApi()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    /// <summary>The pane's files on disk, as the site serves them ("src/api.js").</summary>
    public static IEnumerable<string> PaneFiles() =>
        Directory.EnumerateFiles(AddIn, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(AddIn, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("node_modules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static bool IsPaneFile(string file) => Path.GetExtension(file) is ".html" or ".css" or ".js" or ".png";

    private static void AssertEverywhereHeaders(HttpResponseMessage response, string what)
    {
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }), what);
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }), what);
        Assert.That(response.Headers.Contains("Content-Security-Policy"), Is.True, what);
    }

    [TestCaseSource(nameof(PaneFiles))]
    public async Task EveryPaneFileCarriesTheHeadersOrIsNotServed(string file)
    {
        using var response = await client.GetAsync("/" + file);

        if (!IsPaneFile(file))
        {
            // package.json, LICENSE: on disk beside the pane, not part of it.
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), file);
            return;
        }
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), file);
        AssertEverywhereHeaders(response, file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            AssertStrictPanePolicy(string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        }
    }

    [Test]
    public async Task PackageJsonIsNotServed()
    {
        Assert.That(File.Exists(Path.Combine(AddIn, "package.json")), "the file this test is about");

        using var response = await client.GetAsync("/package.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static void AssertStrictPanePolicy(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        Assert.Multiple(() =>
        {
            Assert.That(directives["default-src"], Is.EqualTo(new[] { "'none'" }));
            Assert.That(directives["script-src"], Is.EquivalentTo(new[] { "'self'", "https://appsforoffice.microsoft.com" }));
            Assert.That(directives["style-src"], Is.EqualTo(new[] { "'self'" }));
            Assert.That(directives["connect-src"], Does.Contain("https://login.microsoftonline.com"));
            Assert.That(directives["frame-ancestors"], Is.EquivalentTo(new[]
                { "https://outlook.office.com", "https://outlook.office365.com", "https://outlook.cloud.microsoft" }));
            Assert.That(policy, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval").And.Not.Contain("*"));
        });
    }

    [Test]
    public void ThePaneUsesNoInlineScriptOrStyle()
    {
        var pages = Directory.EnumerateFiles(AddIn, "*.html").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var scripts = Directory.EnumerateFiles(Path.Combine(AddIn, "src"), "*.js").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

        Assert.Multiple(() =>
        {
            foreach (var (name, html) in pages)
            {
                Assert.That(InlineScript().IsMatch(html), Is.False, $"{name} has an inline <script>");
                Assert.That(html, Does.Not.Contain("<style").And.Not.Contain(" style="), name);
                Assert.That(EventAttribute().IsMatch(html), Is.False, $"{name} has an on… attribute");
            }
            foreach (var (name, js) in scripts)
            {
                // CSSOM (element.style.setProperty) is not inline style: a CSP without 'unsafe-inline' allows it.
                Assert.That(Regex.IsMatch(js, @"\.style\.(?!setProperty\()"), Is.False, $"{name} sets a style other than by setProperty");
                Assert.That(js, Does.Not.Contain(".cssText").And.Not.Contain("setAttribute(\"style\"").And.Not.Contain("<style"), name);
                Assert.That(js, Does.Not.Contain("eval(").And.Not.Contain("new Function("), name);
            }
        });
    }

    [Test]
    public async Task EveryApiRouteAnswersUncachedWithTheHeaders()
    {
        var routes = ApiRoute.All(factory).Select(r => r.Request(_ => "x"))
            .Append(new HttpRequestMessage(HttpMethod.Get, "/api/client-config"))
            .Append(new HttpRequestMessage(HttpMethod.Get, "/healthz"))
            .Append(new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json"))
            // An API path that does not exist, and a method a route does not take.
            .Append(new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here"))
            .Append(new HttpRequestMessage(HttpMethod.Put, "/api/referrals"))
            .ToList();
        Assert.That(routes, Has.Count.GreaterThan(20));

        foreach (var request in routes)
        {
            var what = $"{request.Method} {request.RequestUri}";
            using var response = await client.SendAsync(request);

            AssertEverywhereHeaders(response, what);
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, what);
            Assert.That(string.Join(";", response.Headers.GetValues("Content-Security-Policy")), Does.Contain("frame-ancestors 'none'"), what);
            request.Dispose();
        }
    }

    [Test]
    public async Task HttpsAnswersCarryHstsAndHttpOnesDoNot()
    {
        await using var signedIn = new SignedInApiFactory();
        using var https = signedIn.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://outlook-referral.example.com") });
        using var http = signedIn.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://outlook-referral.example.com") });

        using var secure = await https.GetAsync("/taskpane.html");
        using var plain = await http.GetAsync("/taskpane.html");

        Assert.Multiple(() =>
        {
            Assert.That(secure.Headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age=31536000"));
            Assert.That(plain.Headers.Contains("Strict-Transport-Security"), Is.False);
        });
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}
