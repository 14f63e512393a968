using System.Xml.Linq;
using static OutlookReferral.Tests.Manifest.ManifestFiles;

namespace OutlookReferral.Tests.Manifest;

/// <summary>
/// manifest.xml against the documented rules for XML mail add-in manifests (element order,
/// required elements, resource ids and string lengths, HTTPS, icon sizes, every resid resolving),
/// and against the script that writes it.
/// </summary>
public class ManifestTests
{
    private static readonly string[] BaseOrder =
    [
        "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
        "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule",
        "DisableEntityHighlighting", "VersionOverrides",
    ];

    private static readonly XDocument Manifest = XDocument.Load(Path.Combine(Root, "manifest.xml"));
    private static XElement OfficeApp => Manifest.Root!;

    private static string TypeOf(XElement e) => (string?)e.Attribute(Xsi + "type") ?? "";

    private static IEnumerable<XElement> VersionOverrides(XNamespace ns) => OfficeApp.Descendants(ns + "VersionOverrides");

    private static XElement Resources(XElement overrides) => overrides.Element(overrides.Name.Namespace + "Resources")!;

    [Test]
    public void TheRootIsAMailApp()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OfficeApp.Name, Is.EqualTo(App + "OfficeApp"));
            Assert.That(TypeOf(OfficeApp), Is.EqualTo("MailApp"));
        });
    }

    [Test]
    public void BaseElementsComeInTheDocumentedOrderAndTheRequiredOnesAreThere()
    {
        var names = OfficeApp.Elements().Select(e => e.Name.LocalName).ToList();
        var positions = names.Select(n => Array.IndexOf(BaseOrder, n)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(positions, Has.None.EqualTo(-1), $"unknown elements in {string.Join(", ", names)}");
            Assert.That(positions, Is.Ordered.Ascending, string.Join(", ", names));
            Assert.That(names, Is.Unique);
            Assert.That(names, Is.SupersetOf(new[]
            {
                "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "FormSettings", "Rule",
                "IconUrl", "HighResolutionIconUrl", "Permissions", "VersionOverrides",
            }));
            Assert.That(Guid.TryParse(OfficeApp.Element(App + "Id")!.Value, out _), Is.True, "Id is a GUID");
            Assert.That(OfficeApp.Element(App + "Version")!.Value, Does.Match(@"^\d+\.\d+\.\d+\.\d+$"));
            Assert.That((string?)OfficeApp.Element(App + "DisplayName")!.Attribute("DefaultValue"), Has.Length.InRange(1, 125));
            Assert.That((string?)OfficeApp.Element(App + "Description")!.Attribute("DefaultValue"), Has.Length.InRange(1, 250));
        });
    }

    [Test]
    public void PermissionsGoNoFurtherThanReadingTheOpenItem()
    {
        Assert.That(OfficeApp.Element(App + "Permissions")!.Value, Is.AnyOf("Restricted", "ReadItem"));
    }

    [Test]
    public void EveryUrlIsHttpsUnderTheOneBaseUrl()
    {
        var urls = Manifest.Descendants().Attributes("DefaultValue").Select(a => a.Value).Where(v => v.Contains("://", StringComparison.Ordinal))
            .Concat(Manifest.Descendants(App + "AppDomain").Select(e => e.Value))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(urls, Has.Count.GreaterThan(10));
            Assert.That(urls, Has.All.StartsWith(BaseUrl + "/").Or.EqualTo(BaseUrl));
            Assert.That(urls, Has.All.Length.LessThanOrEqualTo(2048));
        });
    }

    [Test]
    public void TheOnePointOneOverridesNestInsideOnePointZero()
    {
        var outer = OfficeApp.Element(Mail10 + "VersionOverrides")!;
        var inner = outer.Element(Mail11 + "VersionOverrides");

        Assert.Multiple(() =>
        {
            Assert.That(TypeOf(outer), Is.EqualTo("VersionOverridesV1_0"));
            Assert.That(inner, Is.Not.Null);
            Assert.That(TypeOf(inner!), Is.EqualTo("VersionOverridesV1_1"));
            Assert.That(inner!.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "Requirements", "Hosts", "Resources" }));
            Assert.That(outer.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "Requirements", "Hosts", "Resources", "VersionOverrides" }));
            Assert.That(inner.Descendants(Mail11 + "VersionOverrides"), Is.Empty, "a third level is not usable");
            Assert.That(outer.Descendants(Mail10 + "SupportsPinning"), Is.Empty, "pinning exists in 1.1 only");
        });
    }

    [Test]
    public void TheTaskPaneOpensFromReadAndComposeAndIsPinnableWhenReading()
    {
        var inner = OfficeApp.Descendants(Mail11 + "VersionOverrides").Single();
        var surfaces = inner.Descendants(Mail11 + "ExtensionPoint").ToDictionary(TypeOf);

        Assert.Multiple(() =>
        {
            Assert.That(surfaces.Keys, Is.EquivalentTo(new[] { "MessageReadCommandSurface", "MessageComposeCommandSurface" }));
            foreach (var (type, surface) in surfaces)
            {
                var action = surface.Descendants(Mail11 + "Action").Single();
                Assert.That(TypeOf(action), Is.EqualTo("ShowTaskpane"), type);
                var children = action.Elements().Select(e => e.Name.LocalName).ToList();
                var order = new[] { "TaskpaneId", "SourceLocation", "SupportsPinning", "SupportsMultiselect", "SupportsNoItemContext" };
                Assert.That(children.Select(c => Array.IndexOf(order, c)), Is.Ordered.Ascending.And.None.EqualTo(-1), type);
                Assert.That(children, Does.Contain("SourceLocation"), type);
            }
            Assert.That(surfaces["MessageReadCommandSurface"].Descendants(Mail11 + "SupportsPinning").Single().Value, Is.EqualTo("true"));
            var ids = OfficeApp.Descendants().Where(e => e.Name.LocalName is "Group" or "Control").Select(e => (string?)e.Attribute("id")).ToList();
            Assert.That(ids.Distinct().Count(), Is.EqualTo(ids.Count / 2), "each block names its groups and controls once, the same in 1.0 and 1.1");
        });
    }

    [Test]
    public void ResourceIdsAndStringsKeepToTheirLimits()
    {
        Assert.Multiple(() =>
        {
            foreach (var overrides in OfficeApp.Descendants().Where(e => e.Name.LocalName == "VersionOverrides"))
            {
                var resources = Resources(overrides).Elements().SelectMany(kind => kind.Elements()).ToList();
                var ids = resources.Select(r => (string?)r.Attribute("id") ?? "").ToList();
                Assert.That(ids, Is.Unique);
                Assert.That(ids, Has.All.Length.InRange(1, 32));
                Assert.That(Resources(overrides).Element(Bt + "ShortStrings")!.Elements().Select(s => (string?)s.Attribute("DefaultValue")), Has.All.Length.InRange(1, 125));
                Assert.That(Resources(overrides).Element(Bt + "LongStrings")!.Elements().Select(s => (string?)s.Attribute("DefaultValue")), Has.All.Length.InRange(1, 250));
            }
        });
    }

    [Test]
    public void EveryResidResolvesToAResourceOfTheRightKind()
    {
        Assert.Multiple(() =>
        {
            foreach (var overrides in new[] { OfficeApp.Element(Mail10 + "VersionOverrides")!, OfficeApp.Descendants(Mail11 + "VersionOverrides").Single() })
            {
                var ns = overrides.Name.Namespace;
                var own = overrides.Elements(ns + "Hosts").Descendants().Where(e => e.Attribute("resid") is not null).ToList();
                var kinds = Resources(overrides).Elements().SelectMany(kind => kind.Elements().Select(r => ((string)r.Attribute("id")!, kind.Name.LocalName)))
                    .ToDictionary(p => p.Item1, p => p.Item2);
                Assert.That(own, Is.Not.Empty);
                foreach (var use in own)
                {
                    var resid = (string)use.Attribute("resid")!;
                    var expected = use.Name.LocalName switch
                    {
                        "Image" => "Images",
                        "SourceLocation" => "Urls",
                        "Label" or "Title" => "ShortStrings",
                        "Description" => "LongStrings",
                        var other => $"(no rule for {other})",
                    };
                    Assert.That(resid, Has.Length.LessThanOrEqualTo(32));
                    Assert.That(kinds.GetValueOrDefault(resid), Is.EqualTo(expected), $"{use.Name.LocalName} resid=\"{resid}\" in {TypeOf(overrides)}");
                }
            }
        });
    }

    [Test]
    public void EveryButtonHasIcons16And32And80OfTheSizeItClaims()
    {
        var icons = OfficeApp.Descendants().Where(e => e.Name.LocalName == "Icon").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(icons, Has.Count.EqualTo(4), "read and compose, in 1.0 and 1.1");
            foreach (var icon in icons)
            {
                var images = icon.Elements(Bt + "Image").ToList();
                Assert.That(images.Select(i => (int)i.Attribute("size")!), Is.SupersetOf(new[] { 16, 32, 80 }));
                var resources = Resources(icon.Ancestors().First(a => a.Name.LocalName == "VersionOverrides")).Element(Bt + "Images")!.Elements()
                    .ToDictionary(r => (string)r.Attribute("id")!, r => (string)r.Attribute("DefaultValue")!);
                foreach (var image in images)
                {
                    var size = (int)image.Attribute("size")!;
                    Assert.That(PixelSize(resources[(string)image.Attribute("resid")!]), Is.EqualTo((size, size)));
                }
            }
            Assert.That(PixelSize((string)OfficeApp.Element(App + "IconUrl")!.Attribute("DefaultValue")!), Is.EqualTo((64, 64)));
            Assert.That(PixelSize((string)OfficeApp.Element(App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!), Is.EqualTo((128, 128)));
        });
    }

    [Test]
    public Task TheApiServesEveryManifestFileWithoutCacheDirectivesOnImages() =>
        AssertTheApiServes(Manifest.Descendants().Attributes("DefaultValue").Select(a => a.Value));

    [Test]
    public async Task TheWriterPutsAnotherHostInEveryUrl()
    {
        var (exit, output, _) = await WriteManifestAsync("https://outlook-referral.example.com/");
        var written = XDocument.Parse(output);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Not.Contain("localhost"));
            Assert.That(written.Descendants().Attributes("DefaultValue").Select(a => a.Value).Where(v => v.Contains("://", StringComparison.Ordinal)),
                Has.All.StartsWith("https://outlook-referral.example.com/"));
        });
    }
}
