using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Applications.Intake;

internal static class IntakeRegistration
{
    public static IServiceCollection AddApplicationIntake(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapApplicationIntake(this IEndpointRouteBuilder endpoints) => endpoints;
}
