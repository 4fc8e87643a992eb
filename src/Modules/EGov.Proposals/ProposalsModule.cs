using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Proposals;

/// <summary>建议提案与督查督办: deputies' suggestions, CPPCC proposals and follow-up tasks</summary>
public static class ProposalsModule
{
    public static readonly ModuleDescriptor Descriptor = new("proposals", "建议提案与督查督办", "deputies' suggestions, CPPCC proposals and follow-up tasks");

    public static IServiceCollection AddProposals(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapProposals(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}
