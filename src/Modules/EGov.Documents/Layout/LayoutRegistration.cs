using EGov.Documents.Layout.Fonts;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Layout;

internal static class LayoutRegistration
{
    /// <summary>The GB/T 9704 renderer and its fonts (<c>Documents:Fonts</c>).</summary>
    public static IServiceCollection AddDocumentLayout(this IServiceCollection services)
    {
        services.AddOptions<DocumentFontOptions>().BindConfiguration(DocumentFontOptions.Section);
        services.AddSingleton<DocumentFonts>();
        services.AddSingleton<DocumentRenderer>();
        return services;
    }
}
