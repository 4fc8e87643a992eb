using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.My;

/// <summary>个人空间: the sections that modules contribute for citizens and enterprises (<see cref="Shell.Personal"/>).</summary>
[Authorize(Policy = PlatformPolicies.Public)]
public sealed class IndexModel(IEnumerable<NavigationItem> navigation) : PageModel
{
    public IReadOnlyList<NavigationItem> Sections { get; private set; } = [];

    public string DisplayName { get; private set; } = "";

    public void OnGet()
    {
        DisplayName = User.FindFirst(PlatformClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        Sections = [.. navigation.Where(n => n.Shell == Shell.Personal).OrderBy(n => n.Order)];
    }
}
