using EGov.Interaction.Contracts;
using EGov.Interaction.Surveys.Answering;
using EGov.Interaction.Surveys.Api;
using EGov.Interaction.Surveys.Demo;
using EGov.Interaction.Surveys.Editing;
using EGov.Interaction.Surveys.Results;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Surveys;

/// <summary>在线调查: questions, one answer per person, charted results after closing.</summary>
internal static class SurveysRegistration
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddScoped<SurveyFinder>();
        services.AddScoped<SaveSurveyHandler>();
        services.AddScoped<SurveyStatusHandler>();
        services.AddScoped<AnswerSurveyHandler>();
        services.AddScoped<SurveyResultsQuery>();
        services.AddScoped<PublicSurveys>();
        services.AddSingleton<IDemoSeeder, SurveyDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Office, "在线调查", "/office/interaction/surveys", InteractionPermissions.Consult, 77));
        return services;
    }

    public static IEndpointRouteBuilder MapSurveys(this IEndpointRouteBuilder endpoints)
    {
        SurveysApi.Map(endpoints);
        StaffSurveysApi.Map(endpoints);
        return endpoints;
    }
}
