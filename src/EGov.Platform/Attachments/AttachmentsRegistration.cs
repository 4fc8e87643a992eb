using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Platform.Attachments;

internal static class AttachmentsRegistration
{
    public static IServiceCollection AddAttachments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) => services;

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
