using System.Text.Json.Nodes;
using System.Xml.Linq;
using static OutlookReferral.Tests.Manifest.ManifestFiles;

namespace OutlookReferral.Tests.Manifest;

/// <summary>
/// manifest.json, the unified manifest, held to what manifest.xml says (name, permission, requirements,
/// buttons), its URLs and icons checked, and compared with the script that writes it. The schema itself is
/// checked by <see cref="ManifestCheckTests"/>.
/// </summary>
public class JsonManifestTests
{
    private static readonly JsonNode Manifest = JsonManifest;
    private static readonly XElement OfficeApp = XDocument.Load(Path.Combine(Root, "manifest.xml")).Root!;

    private static JsonNode Extension => Manifest["extensions"]!.AsArray().Single()!;

    private static IEnumerable<JsonNode> Ribbons => Extension["ribbons"]!.AsArray().Select(r => r!);

    private static IEnumerable<JsonNode> Groups(JsonNode ribbon) => ribbon["tabs"]!.AsArray().SelectMany(t => t!["groups"]!.AsArray()).Select(g => g!);

    private static IEnumerable<JsonNode> Controls(JsonNode ribbon) => Groups(ribbon).SelectMany(g => g["controls"]!.AsArray()).Select(c => c!);

    private static JsonNode Runtime => Extension["runtimes"]!.AsArray().Single()!;

    private static JsonNode Action(string id) => Runtime["actions"]!.AsArray().Single(a => (string?)a!["id"] == id)!;

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    /// <summary>Every string in a JSON tree, with the path it sits at.</summary>
    private static IEnumerable<(string Path, string Value)> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [(v.GetPath(), s)],
        _ => [],
    };

    [Test]
    public void TheIdIsAGuidOfItsOwnAndTheVersionIsThreeNumbers()
    {
        var xmlId = Guid.Parse(OfficeApp.Element(App + "Id")!.Value);

        Assert.Multiple(() =>
        {
            Assert.That(Guid.TryParse(Text(Manifest["id"]), out var id), Is.True, "id is a GUID");
            Assert.That(id, Is.Not.EqualTo(xmlId).And.Not.EqualTo(Guid.Empty), "a unified manifest takes a new GUID, not the XML add-in's");
            Assert.That(Text(Manifest["version"]), Does.Match(@"^\d{1,5}\.\d{1,5}\.\d{1,5}$"));
        });
    }

    [Test]
    public void NameDescriptionAndDeveloperAreTheXmlManifests()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Text(Manifest["name"]!["short"]), Is.EqualTo((string?)OfficeApp.Element(App + "DisplayName")!.Attribute("DefaultValue")));
            Assert.That(Text(Manifest["name"]!["full"]), Is.EqualTo((string?)OfficeApp.Element(App + "DisplayName")!.Attribute("DefaultValue")));
            Assert.That(Text(Manifest["description"]!["full"]), Is.EqualTo((string?)OfficeApp.Element(App + "Description")!.Attribute("DefaultValue")));
            Assert.That(Text(Manifest["description"]!["short"]), Has.Length.InRange(1, 80));
            Assert.That(Text(Manifest["developer"]!["name"]), Is.EqualTo(OfficeApp.Element(App + "ProviderName")!.Value));
            Assert.That(Text(Manifest["developer"]!["websiteUrl"]), Is.EqualTo((string?)OfficeApp.Element(App + "SupportUrl")!.Attribute("DefaultValue")));
        });
    }

    [Test]
    public void ThePermissionIsExactlyReadingTheOpenItemAsTheXmlsReadItem()
    {
        var permissions = Manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => (Text(p!["name"]), Text(p!["type"]))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(OfficeApp.Element(App + "Permissions")!.Value, Is.EqualTo("ReadItem"));
            Assert.That(permissions, Is.EqualTo(new[] { ("MailboxItem.Read.User", "Delegated") }));
        });
    }

    [Test]
    public void MailboxRequirementsAreTheXmlManifests()
    {
        static (string, string) Mailbox(JsonNode requirements) =>
            requirements["capabilities"]!.AsArray().Select(c => (Text(c!["name"]), Text(c!["minVersion"]))).Single();
        var xmlBase = (string?)OfficeApp.Descendants(App + "Set").Single().Attribute("MinVersion");
        var xmlButtons = (string?)OfficeApp.Element(Mail10 + "VersionOverrides")!.Descendants(Bt + "Sets").First().Attribute("DefaultMinVersion");

        Assert.Multiple(() =>
        {
            Assert.That(Extension["requirements"]!["scopes"]!.AsArray().Select(Text), Is.EqualTo(new[] { "mail" }));
            Assert.That(Mailbox(Extension["requirements"]!), Is.EqualTo(("Mailbox", xmlBase)), "installable where the XML add-in is");
            Assert.That(Mailbox(Runtime["requirements"]!), Is.EqualTo(("Mailbox", xmlButtons)));
            foreach (var ribbon in Ribbons)
            {
                Assert.That(Mailbox(ribbon["requirements"]!), Is.EqualTo(("Mailbox", xmlButtons)), "buttons where the XML's VersionOverrides has them");
            }
        });
    }

    [Test]
    public void TheTaskPaneOpensFromReadAndComposeAndIsPinnableWhenReading()
    {
        var byContext = Ribbons.ToDictionary(r => Text(r["contexts"]!.AsArray().Single()));
        string ActionOf(string context) => Text(Controls(byContext[context]).Single()["actionId"]);

        Assert.Multiple(() =>
        {
            Assert.That(byContext.Keys, Is.EquivalentTo(new[] { "mailRead", "mailCompose" }));
            Assert.That(Text(Runtime["code"]!["page"]), Is.EqualTo(BaseUrl + "/taskpane.html"));
            foreach (var context in byContext.Keys)
            {
                Assert.That(Text(Action(ActionOf(context))["type"]), Is.EqualTo("openPage"), context);
            }
            Assert.That((bool?)Action(ActionOf("mailRead"))["pinnable"], Is.True, "the read pane follows the selected message");
            Assert.That((bool?)Action(ActionOf("mailCompose"))["pinnable"] ?? false, Is.False, "the XML pins the read pane only");
            Assert.That(Ribbons.SelectMany(Groups).Concat(Ribbons.SelectMany(Controls)).Select(n => Text(n["id"])), Is.Unique, "group and control ids");
            Assert.That(Runtime["actions"]!.AsArray().Count, Is.LessThanOrEqualTo(20), "at most 20 actions");
        });
    }

    [Test]
    public void EveryUrlIsHttpsUnderTheOneBaseUrl()
    {
        var urls = Strings(Manifest).Where(s => s.Value.Contains("://", StringComparison.Ordinal) && s.Path != "$.$schema").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(urls, Has.Count.GreaterThan(8));
            foreach (var (path, url) in urls)
            {
                Assert.That(url, Does.StartWith(BaseUrl + "/").And.Length.LessThanOrEqualTo(2048), path);
            }
            Assert.That(Manifest["validDomains"]!.AsArray().Select(Text), Is.EqualTo(new[] { new Uri(BaseUrl).Authority }), "the base URL's host and port");
        });
    }

    [Test]
    public void EveryButtonHasIcons16And32And80OfTheSizeItClaims()
    {
        var icons = Ribbons.SelectMany(Controls).Select(c => c["icons"]!.AsArray().Select(i => (Size: i!["size"]!.GetValue<int>(), Url: Text(i["url"]))).ToList()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(icons, Has.Count.EqualTo(2), "read and compose");
            foreach (var set in icons)
            {
                Assert.That(set.Select(i => i.Size), Is.EquivalentTo(new[] { 16, 32, 80 }));
                foreach (var (size, url) in set)
                {
                    Assert.That(PixelSize(url), Is.EqualTo((size, size)), url);
                }
            }
        });
    }

    [Test]
    public void TheAppPackageIconsAreAColour192AndAWhiteOnTransparentOutline32()
    {
        // Relative to manifest.json, so the same paths hold inside the app package (npm run package).
        var color = Png.Read(Path.Combine(Root, Text(Manifest["icons"]!["color"])));
        var outline = Png.Read(Path.Combine(Root, Text(Manifest["icons"]!["outline"])));
        var outlinePixels = outline.Rgba!.Chunk(4).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(color.Size, Is.EqualTo((192, 192)));
            Assert.That(color.Rgba!.Where((_, i) => i % 4 == 3), Has.All.EqualTo(255), "full-bleed: the host rounds the corners itself");
            Assert.That(outline.Size, Is.EqualTo((32, 32)));
            Assert.That(outlinePixels.Where(p => p[3] > 0).Select(p => p[..3]), Has.All.EqualTo(new byte[] { 255, 255, 255 }), "every visible pixel is white");
            Assert.That(outlinePixels.Count(p => p[3] == 0), Is.GreaterThan(outlinePixels.Count / 2), "the background is transparent");
            Assert.That(outlinePixels.Count(p => p[3] == 255), Is.GreaterThan(outlinePixels.Count / 10), "the glyph is drawn");
        });
    }

    [Test]
    public Task TheApiServesEveryUrlItNames() =>
        AssertTheApiServes(Strings(Manifest).Select(s => s.Value));

    [Test]
    public async Task TheWriterPutsAnotherHostInEveryUrl()
    {
        var (exit, output, _) = await WriteManifestAsync("--json", "https://outlook-referral.example.com/");
        var written = JsonNode.Parse(output)!;

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Not.Contain("localhost"));
            Assert.That(Strings(written).Select(s => s.Value).Where(v => v.Contains("://", StringComparison.Ordinal) && !v.Contains("json-schemas", StringComparison.Ordinal)),
                Has.All.StartsWith("https://outlook-referral.example.com/"));
            Assert.That(written["validDomains"]!.AsArray().Select(Text), Is.EqualTo(new[] { "outlook-referral.example.com" }));
            Assert.That(Text(written["id"]), Is.EqualTo(Text(Manifest["id"])), "one add-in, wherever it is hosted");
        });
    }
}
