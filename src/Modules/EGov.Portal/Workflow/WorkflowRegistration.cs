using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Workflow;

/// <summary>编审流程: submit, review, confidentiality review, scheduled publish and take-down, withdrawal, send back, push to the portal.</summary>
internal static class WorkflowRegistration
{
    public static IServiceCollection AddWorkflow(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapWorkflow(this IEndpointRouteBuilder endpoints) => endpoints;
}
