using EGov.Interaction.Contracts;
using EGov.Interaction.Letters.Publication.Statistics;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Publication;

/// <summary>留言办理情况统计 of the letters in the staff member's <c>interaction.view</c> scope.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.View)]
internal sealed class OfficeStatisticsModel(LetterStatisticsHandler handler, TimeProvider time) : PageModel
{
    public const string Path = "/office/interaction/statistics";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public StatisticsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.OfficeAsync(Year, cancellationToken);
        string? problem = null;
        if (!result.IsSuccess)
        {
            if (result.Error!.Kind == ErrorKind.Forbidden)
            {
                return Forbid();
            }

            problem = result.Error.Message;
            result = await handler.OfficeAsync(null, cancellationToken);
        }

        View = new StatisticsView(result.Value, Path, ChinaTime.Today(time).Year, problem);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var result = await handler.OfficeAsync(Year, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind == ErrorKind.Forbidden ? Forbid() : BadRequest(result.Error.Message);
        }

        return File(LetterStatisticsWorkbook.Create(result.Value), LetterStatisticsWorkbook.ContentType, LetterStatisticsWorkbook.FileName(result.Value));
    }
}
