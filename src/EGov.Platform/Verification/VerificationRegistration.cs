using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Verification;

/// <summary>Anonymous submissions' proofs: an image CAPTCHA and a phone number verified by an SMS code.</summary>
internal static class VerificationRegistration
{
    public static IServiceCollection AddVerification(this IServiceCollection services)
    {
        services.AddScoped<CaptchaService>();
        services.AddScoped<PhoneVerificationService>();
        services.AddScoped<AnonymousGuard>();
        return services;
    }

    public static IEndpointRouteBuilder MapVerificationApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
