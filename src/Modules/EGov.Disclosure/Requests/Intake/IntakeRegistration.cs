using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Requests.Intake;

internal static class IntakeRegistration
{
    public static IServiceCollection AddRequestIntake(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRequestIntake(this IEndpointRouteBuilder endpoints) => endpoints;
}
