using EGov.Platform.Data;
using EGov.Platform.Notifications;
using EGov.Platform.Verification.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Verification;

/// <summary>Anonymous submissions' proofs: an image CAPTCHA and a phone number verified by an SMS code.</summary>
internal static class VerificationRegistration
{
    public static IServiceCollection AddVerification(this IServiceCollection services)
    {
        services.AddSingleton<CaptchaPainter>();
        services.AddScoped(sp => new CaptchaService(
            sp.GetRequiredService<EGovDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CaptchaPainter>()));
        services.AddScoped(sp => new PhoneVerificationService(
            sp.GetRequiredService<EGovDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IEnumerable<IMessageSender>>()));
        services.AddScoped<AnonymousGuard>();
        return services;
    }

    public static IEndpointRouteBuilder MapVerificationApi(this IEndpointRouteBuilder endpoints) => endpoints.MapVerificationEndpoints();
}
