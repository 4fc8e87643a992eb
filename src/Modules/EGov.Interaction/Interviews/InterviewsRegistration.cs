using EGov.Interaction.Contracts;
using EGov.Interaction.Interviews.Api;
using EGov.Interaction.Interviews.Demo;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Interviews;

/// <summary>在线访谈: schedule, questions, moderated live answers (server-sent events), archived transcript.</summary>
internal static class InterviewsRegistration
{
    public static IServiceCollection AddInterviews(this IServiceCollection services)
    {
        services.AddScoped<InterviewAccess>();
        services.AddScoped<InterviewUnit>();
        services.AddScoped<InterviewQueries>();
        services.AddScoped<ScheduleHandler>();
        services.AddScoped<StageHandler>();
        services.AddScoped<AskHandler>();
        services.AddScoped<ModerationHandler>();
        services.AddSingleton<IDemoSeeder, InterviewDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Office, "在线访谈", "/office/interaction/interviews", InteractionPermissions.Consult, 78));
        return services;
    }

    public static IEndpointRouteBuilder MapInterviews(this IEndpointRouteBuilder endpoints)
        => endpoints.MapInterviewsApi().MapOfficeInterviewsApi().MapInterviewStream();
}
