using System.Globalization;
using EGov.Platform.Clocks;
using EGov.Platform.Time;

namespace EGov.Interaction.Areas.Interaction.Pages.Handling;

/// <summary>How the letter pages write dates, times and warning levels.</summary>
internal static class LetterDisplay
{
    public static string Day(DateOnly? date) => date is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "";

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "";

    public static string LevelName(WarningLevel? level) => level switch
    {
        WarningLevel.Overdue => "超期",
        WarningLevel.Warning => "临期",
        null => "",
        _ => "正常",
    };

    public static string LevelClass(WarningLevel? level) => level switch
    {
        WarningLevel.Overdue => "text-bg-danger",
        WarningLevel.Warning => "text-bg-warning",
        _ => "text-bg-success",
    };
}
