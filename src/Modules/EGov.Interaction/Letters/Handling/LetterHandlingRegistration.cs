using EGov.Interaction.Contracts;
using EGov.Interaction.Letters.Handling.Actions;
using EGov.Interaction.Letters.Handling.Api;
using EGov.Interaction.Letters.Handling.Demo;
using EGov.Interaction.Letters.Handling.Dossier;
using EGov.Interaction.Letters.Handling.Publication;
using EGov.Interaction.Letters.Handling.Settings;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Letters.Handling;

/// <summary>信件办理: dispatch, routing rules, sign-for, return, extension, replies with templates and review, notes, merge, publication.</summary>
internal static class LetterHandlingRegistration
{
    public static IServiceCollection AddLetterHandling(this IServiceCollection services)
    {
        services.AddScoped<LetterUnit>();
        services.AddScoped<LetterWork>();
        services.AddScoped<DispatchHandler>();
        services.AddScoped<SignForHandler>();
        services.AddScoped<ExtensionHandler>();
        services.AddScoped<ReplyHandler>();
        services.AddScoped<NoteHandler>();
        services.AddScoped<MergeHandler>();
        services.AddScoped<LetterPublisher>();
        services.AddScoped<PublishHandler>();
        services.AddScoped<LetterScope>();
        services.AddScoped<LetterActionsFor>();
        services.AddScoped<LetterListQuery>();
        services.AddScoped<LetterDossierQuery>();
        services.AddScoped<SettingsScope>();
        services.AddScoped<RuleEditor>();
        services.AddScoped<TemplateEditor>();
        services.AddScoped<MailboxEditor>();
        services.AddSingleton<IDemoSeeder, LetterDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Office, "信件办理", "/office/interaction/letters", InteractionPermissions.View, 64));
        return services;
    }

    public static IEndpointRouteBuilder MapLetterHandling(this IEndpointRouteBuilder endpoints) => endpoints.MapOfficeLettersApi().MapSettingsApi();
}
