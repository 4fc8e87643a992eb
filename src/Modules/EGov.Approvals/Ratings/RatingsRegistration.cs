using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Ratings;

internal static class RatingsRegistration
{
    public static IServiceCollection AddRatings(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRatings(this IEndpointRouteBuilder endpoints) => endpoints;
}
