using Microsoft.Extensions.FileProviders;

namespace WarmeWijk.Api.Hosting;

/// <summary>Serves the built SPA (frontend/dist) from the API's own URL when Spa:RootPath points at it.</summary>
internal static class SpaHosting
{
    public static void UseSpaFiles(this WebApplication app)
    {
        var root = app.Configuration["Spa:RootPath"];
        if (string.IsNullOrWhiteSpace(root))
        {
            return;
        }

        var fullPath = Path.GetFullPath(root, app.Environment.ContentRootPath);
        if (!File.Exists(Path.Combine(fullPath, "index.html")))
        {
            throw new InvalidOperationException($"Spa:RootPath '{fullPath}' has no index.html. Build the frontend first (npm run build).");
        }

        var files = new PhysicalFileProvider(fullPath);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        // Client-side routes (e.g. /buurtanalyse/...) get index.html; unknown API paths stay a 404 problem.
        app.MapFallbackToFile("{*path:nonfile:regex(^(?!api/|health/|swagger/).*$)}", "index.html", new StaticFileOptions { FileProvider = files })
            .AllowAnonymous();
    }
}
