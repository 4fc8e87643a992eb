using EGov.Disclosure.Reports.Handling;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeReports;

/// <summary>One agency's report for one year: the written sections, the live tables with the check, publishing.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class EditModel(ReportQueries queries, ReportScope scope, EditReportHandler editor, PublishReportHandler publisher) : PageModel
{
    [BindProperty]
    public ReportForm Input { get; set; } = new();

    public AnnualReportView Report { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, string agencyCode, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(year, agencyCode, cancellationToken);
        if (loaded is not null)
        {
            return loaded;
        }

        Input = ReportForm.From(Report);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int year, string agencyCode, CancellationToken cancellationToken)
    {
        var saved = await editor.SaveAsync(year, agencyCode, Input.ToInput(), User, cancellationToken);
        return await AfterAsync(saved.Error, "年度报告已保存。", year, agencyCode, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(int year, string agencyCode, CancellationToken cancellationToken)
    {
        var published = await publisher.PublishAsync(year, agencyCode, Input.Version, User, cancellationToken);
        return await AfterAsync(published.Error, "年度报告已发布到门户网站。", year, agencyCode, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Error? error, string message, int year, string agencyCode, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            Message = message;
            return LocalRedirect($"/office/disclosure/annual-reports/{year}/{agencyCode}");
        }

        if (error.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        var loaded = await LoadAsync(year, agencyCode, cancellationToken);
        Problem = error.Message;
        return loaded ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int year, string agencyCode, CancellationToken cancellationToken)
    {
        var result = await queries.ForStaffAsync(year, agencyCode, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        }

        Report = result.Value;
        CanEdit = !Report.IsPublished && await scope.CanEditAsync(Report.Agency, cancellationToken);
        return null;
    }
}
