using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Attachments;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Letters.Writing;

/// <summary>写信: the public write form (signed in, or anonymous with CAPTCHA and a verified phone), the registrar, tracking and rating.</summary>
internal static class LetterWritingRegistration
{
    public static IServiceCollection AddLetterWriting(this IServiceCollection services)
    {
        services.AddScoped<LetterAttachmentIntake>();
        services.AddScoped<LetterAdmission>();
        services.AddScoped<LetterRegistrar>();
        services.AddAttachmentAccessPolicy<LetterAttachmentPolicy>();
        return services;
    }

    public static IEndpointRouteBuilder MapLetterWriting(this IEndpointRouteBuilder endpoints) => endpoints;
}
