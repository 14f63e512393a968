using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutlookReferral.Tests.Manifest;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The task pane's JavaScript is type-checked: every module opts in with <c>// @ts-check</c>, TypeScript's
/// <c>tsc --noEmit</c> (tools/typecheck) passes addin/jsconfig.json under strict null checks, and a module that
/// hands null where a string is wanted fails it. Production code looks for no test objects.
/// </summary>
public sealed partial class TaskPaneTypeCheckTests
{
    private static readonly string AddIn = Path.Combine(ManifestFiles.Root, "addin");
    private static readonly string CheckFolder = Path.Combine(ManifestFiles.Root, "tools", "typecheck");

    private static IEnumerable<string> Modules() =>
        Directory.EnumerateFiles(Path.Combine(AddIn, "src"), "*.js").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>npm run check in tools/typecheck: tsc --noEmit on addin/jsconfig.json, or on the jsconfig <paramref name="project"/> names.</summary>
    private static async Task<(int ExitCode, string Output)> CheckAsync(string? project = null)
    {
        Assert.That(Path.Combine(CheckFolder, "node_modules", "typescript"), Does.Exist,
            "TypeScript is not installed: ./test.sh installs it, or run npm install in tools/typecheck");
        var environment = project is null ? null : new Dictionary<string, string> { ["PROJECT"] = project };
        var (exit, output, error) = await ChildProcess.RunAsync("npm", ["run", "--silent", "check"], CheckFolder, environment);
        return (exit, output + error);
    }

    [Test]
    public async Task TheTaskPaneHasNoTypeErrors()
    {
        var (exit, output) = await CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Contain("no type errors"));
        });
    }

    [Test]
    public async Task ANullWhereAStringIsWantedFailsTheCheck()
    {
        // A jsconfig that extends the pane's (same options, same type roots) and adds one careless module: a closed
        // date that is null until the referral is closed, handed to formatDate as if it were always there.
        var folder = Directory.CreateTempSubdirectory("typecheck-").FullName;
        var src = Path.Combine(AddIn, "src").Replace('\\', '/');
        File.WriteAllText(Path.Combine(folder, "careless.js"), $$"""
            // @ts-check
            import { formatDate } from "{{src}}/labels.js";
            /** @param {import("{{AddIn.Replace('\\', '/')}}/types/api").Referral} referral */
            export const closedOn = (referral) => formatDate(referral.closedAt);
            """);
        var project = Path.Combine(folder, "jsconfig.json");
        File.WriteAllText(project, new JsonObject
        {
            ["extends"] = Path.Combine(AddIn, "jsconfig.json"),
            ["include"] = new JsonArray($"{src}/**/*.js", $"{AddIn.Replace('\\', '/')}/types/**/*.d.ts", "careless.js"),
        }.ToJsonString());

        var (exit, output) = await CheckAsync(project);
        Directory.Delete(folder, recursive: true);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero, output);
            Assert.That(output, Does.Contain("careless.js(4,").And.Contain("error TS2345: Argument of type 'string | null'"), "strictNullChecks caught it");
            Assert.That(output, Does.Not.Contain("addin/src/"), "only the careless module is at fault");
        });
    }

    [TestCaseSource(nameof(Modules))]
    public void EveryModuleOptsIntoTypeChecking(string module)
    {
        var first = File.ReadLines(Path.Combine(AddIn, "src", module)).First();

        Assert.That(first, Is.EqualTo("// @ts-check"), module);
    }

    [Test]
    public void NoModuleLooksForTestObjects()
    {
        // Browser tests stand in for Office.js and MSAL at the page's boundary (routes, init scripts); the pane never asks.
        var hooks = Modules()
            .SelectMany(m => File.ReadLines(Path.Combine(AddIn, "src", m)).Select((text, i) => (m, i, text)))
            .Where(l => TestHook().IsMatch(l.text))
            .Select(l => $"{l.m}:{l.i + 1}: {l.text.Trim()}")
            .ToList();

        Assert.That(hooks, Is.Empty);
    }

    [Test]
    public void MsalIsCheckedAgainstTheVersionThePaneShips()
    {
        var vendored = JsonNode.Parse(File.ReadAllText(Path.Combine(AddIn, "package.json")))!["vendored"]!["@azure/msal-browser"]!["version"]!.GetValue<string>();
        var checkedWith = JsonNode.Parse(File.ReadAllText(Path.Combine(CheckFolder, "package.json")))!["devDependencies"]!["@azure/msal-browser"]!.GetValue<string>();

        Assert.That(checkedWith, Is.EqualTo(vendored));
    }

    // window.__msalForTests and its kind: a global named like a test's, or the word "test" in code.
    [GeneratedRegex(@"window\.__|ForTests|\bisTest|\btesting\b", RegexOptions.IgnoreCase)]
    private static partial Regex TestHook();
}
