namespace OutlookReferral.Tests.AddIn;

/// <summary>The README's pictures are committed and shown near its top (pixels may differ from run to run).</summary>
public sealed class ScreenshotFilesTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [TestCaseSource(typeof(Screenshots), nameof(Screenshots.Names))]
    public void EachScreenshotIsAPngTheReadmeShows(string name)
    {
        var path = Screenshots.PathOf(name);
        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run ReferralPictureTests and commit docs/screenshots/");
        Assert.That(File.ReadAllBytes(path).Take(8), Is.EqualTo(PngSignature), $"{path} is not a PNG");

        var readme = File.ReadAllLines(Path.Combine(Screenshots.Folder, "..", "..", "README.md"));
        var line = Array.FindIndex(readme, l => l.Contains($"docs/screenshots/{name}.png", StringComparison.Ordinal));
        Assert.That(line, Is.InRange(0, 40), $"README shows docs/screenshots/{name}.png near its top");
    }
}
