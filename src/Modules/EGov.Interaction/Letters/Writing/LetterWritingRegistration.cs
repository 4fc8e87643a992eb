using EGov.Interaction.Letters.Writing.Api;
using EGov.Interaction.Letters.Writing.Moderation;
using EGov.Interaction.Letters.Writing.Rating;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Interaction.Letters.Writing.Tracking;
using EGov.Platform.Attachments;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Letters.Writing;

/// <summary>写信: the public write form (signed in, or anonymous with CAPTCHA and a verified phone), the registrar, tracking and rating.</summary>
internal static class LetterWritingRegistration
{
    public static IServiceCollection AddLetterWriting(this IServiceCollection services)
    {
        services.AddScoped<MailboxDirectory>();
        services.AddScoped<LetterAttachmentIntake>();
        services.AddScoped<LetterAdmission>();
        services.AddScoped<LetterRegistrar>();
        services.AddScoped<LetterTracking>();
        services.AddScoped<LetterClosing>();
        services.AddScoped<RateLetterHandler>();
        services.AddScoped<RatingDeadlineHandler>();
        services.AddSingleton<RatingDeadlineJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RatingDeadlineJob>());
        services.AddScoped<HeldLetters>();
        services.AddScoped<HeldLetterHandler>();
        services.AddAttachmentAccessPolicy<LetterAttachmentPolicy>();
        services.AddSingleton(new NavigationItem(Shell.Personal, "我的信件", "/my/letters", null, 30));
        return services;
    }

    public static IEndpointRouteBuilder MapLetterWriting(this IEndpointRouteBuilder endpoints)
    {
        WritingEndpoints.Map(endpoints);
        return endpoints;
    }
}
