using EGov.Platform.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Platform.Attachments;

internal static class AttachmentsRegistration
{
    public static IServiceCollection AddAttachments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AttachmentOptions>()
            .Bind(configuration.GetSection(AttachmentOptions.Section))
            .PostConfigure(o =>
            {
                // Relative folders are taken from the content root, never from the process's working directory.
                o.Root = string.IsNullOrWhiteSpace(o.Root)
                    ? Path.Combine(DataPaths.Root(configuration, environment.ContentRootPath), "files")
                    : Path.GetFullPath(o.Root, environment.ContentRootPath);
            })
            .Validate(o => o.MaxBytes > 0 && o.MaxArchiveEntries > 0 && o.MaxExpansionFactor > 0, "Attachments 的上限必须大于零。")
            .ValidateOnStart();
        services.AddScoped<IAttachmentStore, AttachmentStore>();
        services.AddSingleton<DocumentLinks>();
        services.AddScoped<AttachmentAccess>();
        return services;
    }

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAttachmentDownload();
        endpoints.MapAttachmentUpload();
        return endpoints;
    }
}
