using System.ComponentModel.DataAnnotations;
using EGov.Platform.Calendar;
using EGov.Platform.Calendar.Admin;
using EGov.Platform.Calendar.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.Admin.Calendar;

/// <summary>工作日历管理: a year's overview, JSON import and single-day corrections (system administrator).</summary>
internal sealed class IndexModel(WorkingDayCalendar calendar, CalendarAdministration administration, TimeProvider time) : PageModel
{
    private const long MaxUploadBytes = 256 * 1024;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DayInput Day { get; private set; } = new();

    public HolidayYear? Data { get; private set; }
    public CalendarYear? Stored { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public int ShownYear => Year ?? ChinaTime.Today(time).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.HasPermission(CalendarPermissions.Manage))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (!User.HasPermission(CalendarPermissions.Manage))
        {
            return Forbid();
        }

        if (upload is null || upload.Length == 0 || upload.Length > MaxUploadBytes)
        {
            return await ShowAsync("upload", "请选择不超过 256 KB 的节假日安排 JSON 文件", cancellationToken);
        }

        using var reader = new StreamReader(upload.OpenReadStream());
        var result = await administration.ImportAsync(await reader.ReadToEndAsync(cancellationToken), null, cancellationToken);
        if (!result.IsSuccess)
        {
            return await ShowAsync("upload", result.Error!.Message, cancellationToken);
        }

        Message = $"已导入 {result.Value.Year} 年的节假日安排。";
        return RedirectToPage(new { year = result.Value.Year });
    }

    public async Task<IActionResult> OnPostDayAsync(DayInput day, CancellationToken cancellationToken)
    {
        Day = day;
        if (!User.HasPermission(CalendarPermissions.Manage))
        {
            return Forbid();
        }

        if (!ModelState.IsValid || Day.Date is not { } date)
        {
            Year ??= Day.Date?.Year;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await administration.CorrectDayAsync(new DayCorrection(date, Day.Kind, Day.Name), Day.Version, cancellationToken);
        if (!result.IsSuccess)
        {
            Year = date.Year;
            return await ShowAsync("Day.Date", result.Error!.Message, cancellationToken);
        }

        Message = $"已更正 {date.Year}年{date.Month}月{date.Day}日。";
        return RedirectToPage(new { year = date.Year });
    }

    private async Task<IActionResult> ShowAsync(string field, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(field, message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Year = ShownYear;
        Data = calendar.YearData(ShownYear);
        Stored = await administration.FindStoredAsync(ShownYear, cancellationToken);
    }

    public sealed class DayInput
    {
        [Required(ErrorMessage = "请填写日期")]
        [Display(Name = "日期")]
        public DateOnly? Date { get; set; }

        [Display(Name = "安排")]
        public CorrectedKind Kind { get; set; } = CorrectedKind.OffDay;

        [StringLength(50, ErrorMessage = "名称不能超过 50 个字")]
        [Display(Name = "节日名称")]
        public string? Name { get; set; }

        public long? Version { get; set; }
    }
}
