using EGov.Platform.Time;
namespace EGov.Platform.Calendar;

/// <summary>Tells staff screens which years near today have no holiday data yet (deadlines then count Monday–Friday only).</summary>
public sealed class CalendarStatus(WorkingDayCalendar calendar, TimeProvider time)
{
    /// <summary>This year and next, those without holiday data.</summary>
    public IReadOnlyList<int> UnknownYearsAround(DateOnly today)
        => [.. new[] { today.Year, today.Year + 1 }.Where(y => !calendar.IsYearKnown(y))];

    /// <summary><see cref="UnknownYearsAround"/> for today in China.</summary>
    public IReadOnlyList<int> UnknownYearsNow() => UnknownYearsAround(ChinaTime.Today(time));

    public static string WarningFor(int year) => $"注意：{year} 年的法定节假日安排尚未录入，期限按周一至周五计算";
}
