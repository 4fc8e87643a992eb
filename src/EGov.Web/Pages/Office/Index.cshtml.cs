using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using EGov.Platform.Modules;
using EGov.Platform.Numbering;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.Office;

/// <summary>工作台: the one inbox across every module, most urgent first.</summary>
public sealed class IndexModel(IWorkItems workItems, IEnumerable<ModuleDescriptor> modules) : PageModel
{
    private readonly Dictionary<string, string> _moduleNames = modules
        .GroupBy(m => m.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    public InboxPage Inbox { get; private set; } = null!;

    // "page" is a reserved route value in Razor Pages, so the query is bound explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
        => Inbox = await workItems.ForPrincipalAsync(User, pageNumber ?? 1, cancellationToken);

    public string ModuleName(string code) => _moduleNames.GetValueOrDefault(code, code);

    public static string Received(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm");

    public static string Due(DateOnly? date) => date is { } d ? d.ToString("yyyy年M月d日") : "无期限";

    public static string LevelClass(WarningLevel level) => level switch
    {
        WarningLevel.Overdue => "level-overdue",
        WarningLevel.Warning => "level-warning",
        _ => "level-normal",
    };

    public static string LevelLabel(WarningLevel level) => level switch
    {
        WarningLevel.Overdue => "超期",
        WarningLevel.Warning => "临期",
        _ => "正常",
    };
}
