using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Evaluation;

/// <summary>绩效考评: performance indicators and e-government management: specialists, training, expert pool</summary>
public static class EvaluationModule
{
    public static readonly ModuleDescriptor Descriptor = new("evaluation", "绩效考评", "performance indicators and e-government management: specialists, training, expert pool");

    public static IServiceCollection AddEvaluation(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapEvaluation(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}
