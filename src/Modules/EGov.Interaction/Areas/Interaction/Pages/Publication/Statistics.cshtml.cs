using EGov.Interaction.Letters.Publication.Statistics;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Publication;

/// <summary>留言办理情况统计 published for everyone (检查指标 互动交流), with charts and an Excel export.</summary>
[AllowAnonymous]
internal sealed class StatisticsModel(LetterStatisticsHandler handler, TimeProvider time) : PageModel
{
    public const string Path = "/interaction/statistics";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public StatisticsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.PublicAsync(Year, cancellationToken);
        var problem = result.IsSuccess ? null : result.Error!.Message;
        if (!result.IsSuccess)
        {
            result = await handler.PublicAsync(null, cancellationToken);
        }

        View = new StatisticsView(result.Value, Path, ChinaTime.Today(time).Year, problem);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var result = await handler.PublicAsync(Year, cancellationToken);
        return result.IsSuccess
            ? File(LetterStatisticsWorkbook.Create(result.Value), LetterStatisticsWorkbook.ContentType, LetterStatisticsWorkbook.FileName(result.Value))
            : BadRequest(result.Error!.Message);
    }
}
