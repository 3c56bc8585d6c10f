namespace WarmeWijk.Api.Security;

/// <summary>
/// Headers that keep a browser from doing more with our responses than we intend: no framing, no content sniffing, no
/// referrer leaving the site, and a content security policy that lets the SPA load only its own scripts and styles.
/// HSTS is added where the request arrived over TLS (see docs/operations.md for TLS ending at a proxy).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The SPA's policy: everything from our own origin, nothing inline, images also as data: URLs (SVG icons).</summary>
    private const string SpaPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Swagger UI sets inline styles; its scripts still come from our origin only.</summary>
    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=()";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerPolicy : SpaPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
