using EGov.Platform.Organization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EGov.Web.Pages.Admin;

/// <summary>The department tree as options of a select, indented by depth.</summary>
internal static class DepartmentOptions
{
    public static async Task<List<SelectListItem>> LoadAsync(IOrganizationDirectory directory, Guid? selected, bool activeOnly = true)
    {
        var tree = await directory.TreeAsync();
        return [.. tree.Where(d => !activeOnly || d.IsActive)
            .Select(d => new SelectListItem(new string('\u3000', d.Depth) + d.Name, d.Id.ToString(), d.Id == selected))];
    }
}
