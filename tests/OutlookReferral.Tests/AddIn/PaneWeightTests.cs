using System.IO.Compression;

namespace OutlookReferral.Tests.AddIn;

/// <summary>The task pane stays light: its own scripts and styles (not the vendored MSAL) under 60 KB gzipped.</summary>
public sealed class PaneWeightTests
{
    private const int BudgetBytes = 60 * 1024;

    [Test]
    public void OurJavaScriptAndCssStayUnder60KbGzipped()
    {
        var addin = Path.Combine(Screenshots.Folder, "..", "..", "addin");
        var files = Directory.GetFiles(Path.Combine(addin, "src"), "*.js").Concat(Directory.GetFiles(addin, "*.css")).ToList();
        var sizes = files.ToDictionary(f => Path.GetFileName(f), GzippedSize);
        var total = sizes.Values.Sum();
        TestContext.Out.WriteLine($"{files.Count} files, {total / 1024.0:F1} KB gzipped (each file on its own, as a server sends them)");
        foreach (var (file, size) in sizes.OrderByDescending(s => s.Value))
        {
            TestContext.Out.WriteLine($"  {file}: {size / 1024.0:F1} KB");
        }
        Assert.That(files, Has.Some.EndsWith("taskpane.js"));
        Assert.That(total, Is.LessThan(BudgetBytes));
    }

    private static int GzippedSize(string path)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(path));
        }
        return (int)buffer.Length;
    }
}
