using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using EGov.Security.Contracts;
using EGov.Security.Seals.Api;
using EGov.Security.Seals.Demo;
using EGov.Security.Seals.Pictures;
using EGov.Security.Seals.Registry;
using EGov.Security.Seals.Signing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Security.Seals;

internal static class SealsRegistration
{
    public static IServiceCollection AddSeals(this IServiceCollection services)
    {
        services.AddSingleton<SealPainter>();
        services.AddScoped<SealMaker>();
        services.AddScoped<SealQueries>();
        services.AddScoped<CreateSealHandler>();
        services.AddScoped<RevokeSealHandler>();
        services.AddScoped<SealVerifier>();
        services.AddScoped<IESeals, ESeals>();
        services.AddSingleton<IDemoSeeder, SealsDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Admin, "印章管理", SealUrls.Admin, SecurityPermissions.Seals, 61));
        return services;
    }

    public static IEndpointRouteBuilder MapSeals(this IEndpointRouteBuilder endpoints) => endpoints.MapSealsApi();
}
