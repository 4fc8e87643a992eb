using System.Threading.RateLimiting;
using EGov.Interaction.Contracts;
using EGov.Interaction.Open311.Clients;
using EGov.Interaction.Open311.Demo;
using EGov.Interaction.Open311.Requests;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Open311;

/// <summary>Open311 GeoReport v2 at /open311/v2/ and the registered client programs with their API keys.</summary>
internal static class Open311Registration
{
    /// <summary>Per client IP, generous: GeoReport clients poll request lists.</summary>
    public const string RatePolicy = "open311";

    public static IServiceCollection AddOpen311(this IServiceCollection services)
    {
        services.AddOptions<Open311Options>().BindConfiguration(Open311Options.Section);
        services.AddSingleton<Open311PostLimiter>();
        services.AddScoped<ApiClientAuthenticator>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<PostRequestHandler>();
        services.AddScoped<RegisterClientHandler>();
        services.AddScoped<RevokeClientHandler>();
        services.AddScoped<ClientQueries>();
        services.AddSingleton<IDemoSeeder, Open311DemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Office, "Open311 客户端", "/office/interaction/clients", InteractionPermissions.Manage, 79));
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RatePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, context.RequestServices.GetRequiredService<IOptions<Open311Options>>().Value.ReadsPerMinute),
                Window = TimeSpan.FromMinutes(1),
            })));
        return services;
    }

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder endpoints)
    {
        Open311Api.Map(endpoints);
        ClientsApi.Map(endpoints);
        return endpoints;
    }
}
