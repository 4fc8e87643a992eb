using EGov.Interaction.Demo;
using EGov.Interaction.Interviews;
using EGov.Interaction.Letters;
using EGov.Interaction.Letters.Handling;
using EGov.Interaction.Letters.Publication;
using EGov.Interaction.Letters.Writing;
using EGov.Interaction.Moderation;
using EGov.Interaction.Open311;
using EGov.Interaction.Opinions;
using EGov.Interaction.Oversight;
using EGov.Interaction.Surveys;
using EGov.Oversight.Contracts;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction;

/// <summary>互动交流: letters to leaders, consultations, complaints, opinion collection, surveys, online interviews, Open311</summary>
public static class InteractionModule
{
    public static readonly ModuleDescriptor Descriptor = new("interaction", "互动交流", "letters to leaders, consultations, complaints, opinion collection, surveys, online interviews, Open311");

    public static IServiceCollection AddInteraction(this IServiceCollection services)
    {
        services.AddOptions<InteractionOptions>().BindConfiguration(InteractionOptions.Section);
        services.AddScoped<LetterAccess>();
        services.AddScoped<LetterJournal>();
        services.AddScoped<LetterClocks>();
        services.AddScoped<LetterRouting>();
        services.AddScoped<IRatingSource, InteractionRatingSource>();
        services.AddSingleton<IDemoSeeder, InteractionDemoRoles>();
        services.AddSingleton<IDemoSeeder, MailboxDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Portal, "互动交流", "/interaction", null, 25));
        return services.AddModuleParts(Descriptor)
            .AddModelFrom<ModuleMarker>()
            .AddPermissions(InteractionPermissionDefinitions.All)
            .AddInteractionClockTypes()
            .AddModeration()
            .AddLetterWriting()
            .AddLetterHandling()
            .AddLetterPublication()
            .AddOpen311()
            .AddOpinions()
            .AddSurveys()
            .AddInterviews();
    }

    public static IEndpointRouteBuilder MapInteraction(this IEndpointRouteBuilder endpoints)
        => endpoints.MapModeration()
            .MapLetterWriting()
            .MapLetterHandling()
            .MapLetterPublication()
            .MapOpen311()
            .MapOpinions()
            .MapSurveys()
            .MapInterviews();

    private sealed class ModuleMarker;
}
