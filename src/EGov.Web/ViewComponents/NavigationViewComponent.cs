using EGov.Platform.Identity;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Web.ViewComponents;

/// <summary>The links that modules contribute to a shell, filtered by the user's permissions.</summary>
public sealed class NavigationViewComponent(IEnumerable<NavigationItem> items) : ViewComponent
{
    public IViewComponentResult Invoke(Shell shell)
    {
        var visible = items
            .Where(i => i.Shell == shell)
            .Where(i => i.Permission is null || UserClaimsPrincipal.HasPermission(i.Permission))
            .OrderBy(i => i.Order)
            .ToList();
        return View(visible);
    }
}
