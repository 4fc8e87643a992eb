using EGov.Interaction.Contracts;
using EGov.Interaction.Opinions.Api;
using EGov.Interaction.Opinions.Demo;
using EGov.Interaction.Opinions.Editing;
using EGov.Interaction.Opinions.Feedback;
using EGov.Interaction.Opinions.Public;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Opinions;

/// <summary>意见征集 on draft policies and the published 采纳情况.</summary>
internal static class OpinionsRegistration
{
    public static IServiceCollection AddOpinions(this IServiceCollection services)
    {
        services.AddOptions<OpinionsOptions>().BindConfiguration(OpinionsOptions.Section);
        services.AddHttpContextAccessor();
        services.AddScoped<ConsultAccess>();
        services.AddScoped<CollectionFinder>();
        services.AddScoped<DraftFile>();
        services.AddScoped<SaveCollectionHandler>();
        services.AddScoped<CollectionStatusHandler>();
        services.AddScoped<SubmitOpinionHandler>();
        services.AddScoped<AdoptOpinionHandler>();
        services.AddScoped<FeedbackHandler>();
        services.AddScoped<PublicCollections>();
        services.AddScoped<StaffCollections>();
        services.AddSingleton<IDemoSeeder, OpinionDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Office, "意见征集", "/office/interaction/opinions", InteractionPermissions.Consult, 76));
        return services;
    }

    public static IEndpointRouteBuilder MapOpinions(this IEndpointRouteBuilder endpoints)
    {
        PublicOpinionsApi.Map(endpoints);
        StaffOpinionsApi.Map(endpoints);
        return endpoints;
    }
}
