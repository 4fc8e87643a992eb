using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Surveys;

/// <summary>在线调查: questions, one answer per person, charted results after closing.</summary>
internal static class SurveysRegistration
{
    public static IServiceCollection AddSurveys(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSurveys(this IEndpointRouteBuilder endpoints) => endpoints;
}
