using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Manifest;

/// <summary>
/// What the manifest tests share: the repository root, the base URL the committed manifests are
/// written for, the script that writes them, the icon files they point to, and the API that serves them.
/// </summary>
internal static class ManifestFiles
{
    public const string BaseUrl = "https://localhost:5443";

    // manifest.xml's namespaces: the add-in, its basic types, and the two VersionOverrides levels.
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Mail10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    public static readonly XNamespace Mail11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    public static readonly string Root = FindRoot();

    public static readonly string JsonManifestPath = Path.Combine(Root, "manifest.json");

    /// <summary>The committed manifest.json, read once; tests that change it change a DeepClone.</summary>
    public static readonly JsonNode JsonManifest = JsonNode.Parse(File.ReadAllText(JsonManifestPath))!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "manifest.xml")) && File.Exists(Path.Combine(dir.FullName, "tools", "write-manifest.sh")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("No repository root (manifest.xml + tools/write-manifest.sh) above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs tools/write-manifest.sh with these arguments.</summary>
    public static Task<(int ExitCode, string Output, string Error)> WriteManifestAsync(params string[] args) =>
        ChildProcess.RunAsync("bash", [Path.Combine(Root, "tools", "write-manifest.sh"), .. args]);

    /// <summary>The file behind a URL the API serves from addin/ (the task pane's folder).</summary>
    public static string AddInFile(string url)
    {
        Assert.That(url, Does.StartWith(BaseUrl + "/"), "the API serves the add-in's files under the base URL");
        return Path.Combine(Root, "addin", new Uri(url).AbsolutePath.TrimStart('/'));
    }

    /// <summary>The width and height of an icon the API serves from addin/assets.</summary>
    public static (int Width, int Height) PixelSize(string url)
    {
        Assert.That(url, Does.StartWith(BaseUrl + "/assets/").And.EndWith(".png"), "icons are PNG files the API serves from addin/assets");
        return Png.Read(AddInFile(url)).Size;
    }

    /// <summary>Asks the real API for every URL under the base URL: each is there, and images carry no cache directives.</summary>
    public static async Task AssertTheApiServes(IEnumerable<string> urls)
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var paths = urls.Where(v => v.StartsWith(BaseUrl + "/", StringComparison.Ordinal)).Select(v => new Uri(v).AbsolutePath).Distinct().ToList();
        Assert.That(paths, Is.Not.Empty);

        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
                if (path.EndsWith(".png", StringComparison.Ordinal))
                {
                    Assert.That(response.Headers.CacheControl, Is.Null, path);
                }
            });
        }
    }
}
