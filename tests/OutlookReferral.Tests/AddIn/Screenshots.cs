using Microsoft.Playwright;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The README's pictures: the browser tests write them to docs/screenshots/ from the demo mailbox, so they show the
/// pane as it is. Commit the files they write; <see cref="ScreenshotFilesTests"/> fails when one is missing.
/// </summary>
public static class Screenshots
{
    /// <summary>The pictures README shows, by file name without ".png".</summary>
    public static readonly string[] Names = ["list", "timeline", "sources", "dark"];

    public static readonly string Folder = Path.Combine(FindRoot(), "docs", "screenshots");

    /// <summary>A screenshot of the page's viewport, or of one element, as docs/screenshots/<paramref name="name"/>.png; null writes none.</summary>
    public static async Task WriteAsync(IPage page, string? name)
    {
        if (name is null) return;
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = PathOf(name), Animations = ScreenshotAnimations.Disabled });
        TestContext.Out.WriteLine($"Screenshot: {PathOf(name)}");
    }

    /// <inheritdoc cref="WriteAsync(IPage, string?)"/>
    public static async Task WriteAsync(ILocator part, string? name)
    {
        if (name is null) return;
        Directory.CreateDirectory(Folder);
        await part.ScreenshotAsync(new() { Path = PathOf(name), Animations = ScreenshotAnimations.Disabled });
        TestContext.Out.WriteLine($"Screenshot: {PathOf(name)}");
    }

    public static string PathOf(string name) => Path.Combine(Folder, name + ".png");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookReferral.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("No repository root (OutlookReferral.sln) above " + AppContext.BaseDirectory);
    }
}
