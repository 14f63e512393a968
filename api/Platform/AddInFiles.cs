using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace OutlookReferral.Platform;

/// <summary>Serves the task pane (addin/) from the API's own origin.</summary>
public static class AddInFiles
{
    public const string TaskPanePath = "/taskpane.html";

    /// <summary>What the pane is made of: pages, style sheets, modules and icons.</summary>
    public static readonly FileExtensionContentTypeProvider PaneFileTypes = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".png"] = "image/png",
    });

    public static void UseAddInFiles(this WebApplication app)
    {
        // Working from a clone, serve addin/ itself so edits show on reload; published, the copy beside the binaries.
        var source = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, "..", "addin"));
        var root = Directory.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, "addin");
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["taskpane.html"] });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The pane's own kinds of file only: package.json, licences and notes beside them are not for browsers.
            ContentTypeProvider = PaneFileTypes,
            // Scripts and pages revalidate so an update reaches Outlook; icons carry no cache directives (manifest rule).
            OnPrepareResponse = ctx =>
            {
                if (Path.GetExtension(ctx.File.Name) is ".html" or ".js" or ".css")
                {
                    ctx.Context.Response.Headers.CacheControl = "no-cache";
                }
            },
        });
    }

    /// <summary>Tells the person who ran the command where to point a browser.</summary>
    public static void AnnounceTaskPane(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"OutlookReferral is running. Task pane: {url.TrimEnd('/')}{TaskPanePath}");
            }
        });
    }
}
