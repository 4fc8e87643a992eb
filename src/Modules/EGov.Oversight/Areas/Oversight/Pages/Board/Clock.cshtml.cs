using EGov.Oversight.Board;
using EGov.Oversight.Contracts;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization.Scope;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Oversight.Areas.Oversight.Pages.Board;

/// <summary>One clock, read-only: its facts, history and cards, with a link to the case in its module.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + OversightPermissions.Watch)]
internal sealed class ClockModel(BoardQueries queries, IDepartmentScope scope) : PageModel
{
    public BoardClockDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await queries.ClockAsync(id, await scope.ForPermissionAsync(OversightPermissions.Watch, ct), ct);
        if (found is null)
        {
            return NotFound();
        }

        Detail = found;
        return Page();
    }

    /// <summary>An instant as a time in China.</summary>
    public static string Time(DateTime utc) => Platform.Time.ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
