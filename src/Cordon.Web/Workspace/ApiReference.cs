using Microsoft.AspNetCore.Builder;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Cordon.Web.Workspace;

/// <summary>
/// The API reference: Swagger UI (from the Swashbuckle.AspNetCore.SwaggerUI package, which embeds it: nothing comes from a
/// CDN) over Cordon's own OpenAPI document. Like the document, it is public: it describes the API and holds no data. It
/// runs under the server's content security policy: its scripts and styles are files it serves itself, its settings a
/// script file too, and the online validator (which would send the document elsewhere) is off.
/// </summary>
public static class ApiReference
{
    /// <summary>Where the reference is served.</summary>
    public const string Path = "/api-reference";

    /// <summary>Serves the reference at <see cref="Path"/>; before authentication, since it is public.</summary>
    public static void UseApiReference(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = Path.TrimStart('/');
            options.DocumentTitle = "Cordon API reference";
            options.SwaggerEndpoint(CordonWebApplication.OpenApiPath, "Cordon API");
            options.ConfigObject.ValidatorUrl = null;
            options.DisplayRequestDuration();
            options.EnableDeepLinking();
            options.ShowCommonExtensions();
            options.DocExpansion(DocExpansion.List);
            options.DefaultModelRendering(ModelRendering.Example);
        });
    }
}
