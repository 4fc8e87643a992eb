using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Verification;

internal static class VerificationRegistration
{
    public static IServiceCollection AddDocumentVerification(this IServiceCollection services)
    {
        services.AddOptions<VerificationOptions>().BindConfiguration(VerificationOptions.Section);
        services.AddScoped<VerificationUpload>();
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentVerification(this IEndpointRouteBuilder endpoints) => endpoints.MapVerificationApi();
}
