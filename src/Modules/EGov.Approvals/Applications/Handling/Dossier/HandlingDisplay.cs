using System.Globalization;
using EGov.Approvals.Contracts;
using EGov.Platform.Clocks;
using EGov.Platform.Time;

namespace EGov.Approvals.Applications.Handling.Dossier;

/// <summary>How the handling pages write dates, times, clock names and warning levels.</summary>
internal static class HandlingDisplay
{
    public static string Day(DateOnly? date) => date is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "";

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "";

    public static string LevelName(WarningLevel level) => level switch
    {
        WarningLevel.Overdue => "超期",
        WarningLevel.Warning => "临期",
        _ => "正常",
    };

    public static string LevelClass(WarningLevel level) => level switch
    {
        WarningLevel.Overdue => "text-bg-danger",
        WarningLevel.Warning => "text-bg-warning",
        _ => "text-bg-success",
    };

    public static string ClockName(string caseType) => caseType switch
    {
        ApprovalsClocks.PreReview => "预审（补正告知）期限",
        ApprovalsClocks.Promised => "承诺办结时限",
        ApprovalsClocks.Statutory => "法定办结时限",
        _ => "当前环节时限",
    };

    public static string PauseName(string reason) => PauseReasons.Names.TryGetValue(reason, out var name) ? name : reason;
}
