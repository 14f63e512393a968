using static OutlookReferral.Tests.Manifest.ManifestFiles;

namespace OutlookReferral.Tests.Manifest;

/// <summary>
/// tools/write-manifest.sh, for both manifests: the committed files are its output for localhost, and it
/// writes nothing for a base URL Outlook would not load. Each manifest's own tests check another host.
/// </summary>
public class ManifestWriterTests
{
    [TestCase("manifest.xml")]
    [TestCase("manifest.json", "--json")]
    public async Task TheCommittedManifestIsTheWritersOutputForLocalhost(string file, params string[] format)
    {
        var (exit, output, error) = await WriteManifestAsync([.. format, BaseUrl]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Is.EqualTo(File.ReadAllText(Path.Combine(Root, file))),
                $"run tools/write-manifest.sh {string.Join(' ', [.. format, BaseUrl])} > {file}");
        });
    }

    [Test]
    public async Task TheWriterRefusesAnythingButAnHttpsOrigin(
        [Values("", "--json")] string format,
        [Values("http://outlook-referral.example.com", "https://outlook-referral.example.com/addin", "")] string baseUrl)
    {
        var (exit, output, error) = await WriteManifestAsync(format == "" ? [baseUrl] : [format, baseUrl]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("usage"));
        });
    }
}
