using EGov.Platform.Time;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

/// <summary>Times on the workflow pages: Asia/Shanghai, Chinese style.</summary>
internal static class WorkflowFormat
{
    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Time(DateTime? utc) => utc is { } t ? Time(t) : "";
}
