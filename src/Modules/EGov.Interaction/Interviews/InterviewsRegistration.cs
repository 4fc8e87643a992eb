using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Interviews;

/// <summary>在线访谈: schedule, questions, moderated live answers (server-sent events), archived transcript.</summary>
internal static class InterviewsRegistration
{
    public static IServiceCollection AddInterviews(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapInterviews(this IEndpointRouteBuilder endpoints) => endpoints;
}
