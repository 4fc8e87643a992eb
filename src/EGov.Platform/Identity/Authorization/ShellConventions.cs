using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Identity.Authorization;

/// <summary>
/// The office portal is for staff and the admin console for the three administrators: an administrator sees no
/// business page and staff see no console page (三员: 管理员不接触业务数据).
/// </summary>
internal static class ShellConventions
{
    public static IServiceCollection AddShellConventions(this IServiceCollection services)
        => services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Office", PlatformPolicies.Staff);
            o.Conventions.AuthorizeFolder("/Admin", PlatformPolicies.Administrator);
        });
}
