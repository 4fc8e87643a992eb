using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Opinions;

/// <summary>意见征集 on draft policies and the published 采纳情况.</summary>
internal static class OpinionsRegistration
{
    public static IServiceCollection AddOpinions(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOpinions(this IEndpointRouteBuilder endpoints) => endpoints;
}
