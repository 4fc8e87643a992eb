using EGov.Oversight.Contracts;
using EGov.Oversight.Rules.Editing;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Rules;

internal static class RulesRegistration
{
    public static IServiceCollection AddOversightRules(this IServiceCollection services)
    {
        services.AddScoped<RuleBook>();
        services.AddScoped<RuleEditor>();
        services.AddSingleton(new NavigationItem(Shell.Admin, "电子监察规则", "/admin/oversight/rules", OversightPermissions.Rules, 33));
        return services;
    }

    public static IEndpointRouteBuilder MapOversightRules(this IEndpointRouteBuilder endpoints) => endpoints.MapRulesApi();
}
