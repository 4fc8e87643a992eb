using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Reports;

internal static class ReportsRegistration
{
    public static IServiceCollection AddDisclosureReports(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDisclosureReports(this IEndpointRouteBuilder endpoints) => endpoints;
}
