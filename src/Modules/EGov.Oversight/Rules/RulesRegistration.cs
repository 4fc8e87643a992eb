using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Rules;

internal static class RulesRegistration
{
    public static IServiceCollection AddOversightRules(this IServiceCollection services) => services.AddScoped<RuleBook>();

    public static IEndpointRouteBuilder MapOversightRules(this IEndpointRouteBuilder endpoints) => endpoints;
}
