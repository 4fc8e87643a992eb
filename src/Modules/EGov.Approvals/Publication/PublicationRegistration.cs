using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Publication;

/// <summary>结果公示; registered from <c>LicencesRegistration</c>.</summary>
internal static class PublicationRegistration
{
    public static IServiceCollection AddResultPublication(this IServiceCollection services)
        => services.AddScoped<ResultPublication>().AddScoped<ResultFilters>();

    public static IEndpointRouteBuilder MapResultPublication(this IEndpointRouteBuilder endpoints) => endpoints.MapResultApi();
}
