using EGov.Approvals;
using EGov.Disclosure;
using EGov.Documents;
using EGov.Evaluation;
using EGov.Exchange;
using EGov.Interaction;
using EGov.Office;
using EGov.Oversight;
using EGov.Platform;
using EGov.Portal;
using EGov.Proposals;
using EGov.Security;

namespace EGov.Web;

/// <summary>The explicit list of the platform's modules. Add a module here and in the migration projects' DesignTimeModel.</summary>
internal static class Modules
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddPlatform(configuration, environment);
        services.AddPortal();
        services.AddDisclosure();
        services.AddApprovals();
        services.AddInteraction();
        services.AddOversight();
        services.AddDocuments();
        services.AddProposals();
        services.AddOffice();
        services.AddExchange();
        services.AddSecurity();
        services.AddEvaluation();
        return services;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPlatform();
        endpoints.MapPortal();
        endpoints.MapDisclosure();
        endpoints.MapApprovals();
        endpoints.MapInteraction();
        endpoints.MapOversight();
        endpoints.MapDocuments();
        endpoints.MapProposals();
        endpoints.MapOffice();
        endpoints.MapExchange();
        endpoints.MapSecurity();
        endpoints.MapEvaluation();
        return endpoints;
    }
}
