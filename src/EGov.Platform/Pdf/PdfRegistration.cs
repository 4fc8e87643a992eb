using EGov.Platform.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Pdf;

internal static class PdfRegistration
{
    public static IServiceCollection AddPdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PdfOptions>().Bind(configuration.GetSection(PdfOptions.Section));
        services.AddSingleton<PdfLetterWriter>();
        services.AddSingleton<IPdfLetterWriter>(sp => sp.GetRequiredService<PdfLetterWriter>());
        services.AddSingleton<IStartupTask, PdfFontCheck>();
        services.AddSingleton(sp => new PdfDrawing(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PdfOptions>>()));
        return services;
    }
}
