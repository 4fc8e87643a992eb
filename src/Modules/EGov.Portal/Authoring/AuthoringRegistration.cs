using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Authoring;

/// <summary>稿件编辑: articles, sanitized rich text, attachments, versions and diff, sites and channels management.</summary>
internal static class AuthoringRegistration
{
    public static IServiceCollection AddAuthoring(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAuthoring(this IEndpointRouteBuilder endpoints) => endpoints;
}
