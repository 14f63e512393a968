using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;
using static OutlookReferral.Tests.Manifest.ManifestFiles;

namespace OutlookReferral.Tests.Manifest;

/// <summary>
/// tools/manifest-check, the offline validator of manifest.json: it passes the committed file, fails broken
/// copies with the bundled schema's own messages, and downloads no schema it does not ship.
/// </summary>
public class ManifestCheckTests
{
    private static readonly JsonNode Manifest = JsonManifest;
    private static readonly string CheckFolder = Path.Combine(Root, "tools", "manifest-check");

    /// <summary>npm run validate in tools/manifest-check: office-addin-manifest validate, with every connection refused.</summary>
    private static async Task<(int ExitCode, string Output)> ValidateAsync(string? manifest = null)
    {
        Assert.That(Path.Combine(CheckFolder, "node_modules", "office-addin-manifest"), Does.Exist,
            "the validator is not installed: ./test.sh installs it, or run npm install in tools/manifest-check");
        var environment = manifest is null ? null : new Dictionary<string, string> { ["MANIFEST"] = manifest };
        var (exit, output, error) = await ChildProcess.RunAsync("npm", ["run", "--silent", "validate"], CheckFolder, environment);
        return (exit, output + error);
    }

    /// <summary>A copy of manifest.json, changed, in a folder of its own.</summary>
    private static string BrokenCopy(Action<JsonNode> breakIt)
    {
        var copy = Manifest.DeepClone();
        breakIt(copy);
        var path = Path.Combine(Directory.CreateTempSubdirectory("manifest-json-").FullName, "manifest.json");
        File.WriteAllText(path, copy.ToJsonString());
        return path;
    }

    [Test]
    public async Task TheValidatorAcceptsTheCommittedManifestOffline()
    {
        var (exit, output) = await ValidateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Contain("valid against the bundled schema"));
        });
    }

    private static IEnumerable<TestCaseData> BrokenManifests()
    {
        yield return new TestCaseData((Action<JsonNode>)(m => m["id"] = "6d1f3c2a-not-a-guid"), "/id must match pattern")
            .SetName("TheValidatorRejectsAnIdThatIsNotAGuid");
        yield return new TestCaseData((Action<JsonNode>)(m => m["name"]!["short"] = "OutlookReferral follow-ups for referrals"), "/name/short must NOT have more than 30 characters")
            .SetName("TheValidatorRejectsAShortNameOver30Characters");
        yield return new TestCaseData((Action<JsonNode>)(m => m["extensions"]![0]!["ribbons"]![0]!["tabs"]![0]!["groups"]![0]!["controls"]![0]!["icons"]![2]!["size"] = 128),
            "icons/2/size must be equal to one of the allowed values").SetName("TheValidatorRejectsAButtonIconSizeOutlookDoesNotUse");
        yield return new TestCaseData((Action<JsonNode>)(m => m["description"]!["short"] = m["description"]!["full"]!.DeepClone()),
            "/description/short must NOT have more than 80 characters").SetName("TheValidatorRejectsTheXmlsDescriptionAsTheShortOne");
    }

    [TestCaseSource(nameof(BrokenManifests))]
    public async Task TheValidatorRejectsABrokenManifest(Action<JsonNode> breakIt, string schemaError)
    {
        var (exit, output) = await ValidateAsync(BrokenCopy(breakIt));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero, output);
            Assert.That(output, Does.Contain(schemaError), "the bundled schema found it");
            Assert.That(output, Does.Contain("The manifest is not valid"));
        });
    }

    [Test]
    public async Task TheValidatorDownloadsNoSchemaItDoesNotShip()
    {
        // v1.18 is the one version between 1.0 and 1.30 that @microsoft/app-manifest 1.1.2 leaves out.
        var (exit, output) = await ValidateAsync(BrokenCopy(m => m["$schema"] = m["$schema"]!.GetValue<string>().Replace("v1.19", "v1.18", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero, output);
            Assert.That(output, Does.Contain("manifest-check runs offline").And.Contain("refused fetch https://developer.microsoft.com/json-schemas/teams/v1.18/"));
        });
    }

    [Test]
    public void TheSchemaIsOneTheValidatorShips()
    {
        var version = (string?)Manifest["manifestVersion"];

        Assert.Multiple(() =>
        {
            Assert.That(Manifest["$schema"]!.GetValue<string>(), Is.EqualTo($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json"));
            Assert.That(Path.Combine(CheckFolder, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", $"v{version}", "MicrosoftTeams.schema.json"), Does.Exist);
        });
    }
}
