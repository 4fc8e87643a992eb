using EGov.Disclosure.Contracts;
using EGov.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Requests.Intake.Api;

/// <summary>Policy and limit names of the intake pages and endpoints.</summary>
internal static class IntakePolicies
{
    /// <summary>The host's per-IP limit for public forms.</summary>
    public const string PublicForm = "public-form";

    /// <summary>Reads the staff list: <c>disclosure.handle</c> or <c>disclosure.view</c>.</summary>
    public const string ReadRequests = "disclosure:read-requests";

    public const string Handle = "perm:" + DisclosurePermissions.Handle;

    public static IServiceCollection AddIntakePolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ReadRequests, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => c.User.HasPermission(DisclosurePermissions.Handle) || c.User.HasPermission(DisclosurePermissions.View)));
        return services;
    }
}
