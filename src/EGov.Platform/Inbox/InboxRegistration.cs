using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Inbox;

internal static class InboxRegistration
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<WorkItemWarnings>();
        services.AddScoped<IWorkItems, WorkItems>();
        return services;
    }

    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder endpoints) => endpoints.MapInboxEndpoints();
}
