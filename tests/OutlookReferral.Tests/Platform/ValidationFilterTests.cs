using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Manifest;

namespace OutlookReferral.Tests.Platform;

/// <summary>Validation has one place, the filter on every feature's routes: handlers start from valid input.</summary>
public class ValidationFilterTests : ApiTest
{
    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(ApiFactory.DemoNow);

    [Test]
    public void NoHandlerValidatesByItself()
    {
        var api = Path.Combine(ManifestFiles.Root, "api");
        var callers = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(".ValidateAsync(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(api, f))
            .ToList();

        Assert.That(callers, Is.EqualTo(new[] { Path.Combine("Platform", "ValidationFilter.cs") }));
    }

    [Test]
    public async Task ARouteBoundWithAsParametersIsValidatedToo()
    {
        // GET /api/context binds its query as one record: the filter still sees and judges it.
        var response = await Client.GetAsync("/api/context?from=" + Uri.EscapeDataString("not a person"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(problem?["errors"]?["From"], Is.Not.Null, problem?.ToJsonString());
    }

    [Test]
    public async Task TheRepsOwnAddressReachesTheRulesThatNeedIt()
    {
        TestSignIn.As(Client, new OutlookReferral.Identity.RepId("tenant-v", "rep-v"), "val@contoso.com");
        var response = await Client.PostAsJsonAsync("/api/referrals", new
        {
            prospect = new { name = "Val", address = "VAL@contoso.com" },
            source = new { name = "George Smith", address = "george@adatum.com" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("cannot be you"));
    }
}
