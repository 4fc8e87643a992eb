using EGov.Platform.Hosting;
using EGov.Platform.Identity;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.Platform.Audit;

internal static class AuditRegistration
{
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditEntryFactory>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<AuditSealer>();
        services.AddSingleton<AuditCheckpointer>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditSearch>();
        services.AddHostedService<AuditBackgroundService>();
        services.AddSingleton<ICommandVerb, AuditVerifyVerb>();
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationMiddlewareResultHandler, AuditAuthorizationResultHandler>());
        services.AddAuthorizationBuilder()
            .AddPolicy(AuditPermissions.View, p => p.RequireClaim(PlatformClaims.Permission, AuditPermissions.View))
            .AddPolicy(AuditPermissions.Export, p => p.RequireClaim(PlatformClaims.Permission, AuditPermissions.Export));
        services.AddSingleton(new NavigationItem(Shell.Admin, "审计日志", "/admin/audit", AuditPermissions.View, 50));
        return services;
    }

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/audit/entries", AuditApi.GetEntriesAsync)
            .RequireAuthorization(AuditPermissions.View)
            .WithTags("审计")
            .WithSummary("查询审计日志（审计管理员）");
        return endpoints;
    }
}
