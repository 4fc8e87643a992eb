using EGov.Platform.Results;

namespace EGov.Platform.Calendar;

/// <summary>Checks an imported or corrected year before it replaces the shipped one.</summary>
internal static class HolidayYearValidator
{
    // A sanity bound, not a rule of law: since 2025 there are 13 statutory holiday days a year (11 before);
    // weekday off-days minus make-up workdays above this bound mean a wrong file.
    private const int MaxNetWeekdaysOff = 20;

    public static Result<HolidayYear> Validate(HolidayYear year)
    {
        var problems = new List<string>();
        if (year.Year < CalendarTable.First.Year || year.Year > CalendarTable.Last.Year)
        {
            problems.Add($"年份 {year.Year} 超出工作日历的范围（{CalendarTable.First.Year}–{CalendarTable.Last.Year}）");
        }

        foreach (var day in year.Days)
        {
            problems.AddRange(Check(year.Year, day));
        }

        problems.AddRange(year.Days.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => $"{g.Key:yyyy-MM-dd} 重复出现"));

        var offNames = year.Days.Where(d => d.IsOffDay).Select(d => d.Name).ToHashSet();
        problems.AddRange(year.Days
            .Where(d => !d.IsOffDay && d.Name.Length > 0 && !offNames.Contains(d.Name))
            .Select(d => $"{d.Date:yyyy-MM-dd} 为“{d.Name}”调休上班，但当年没有“{d.Name}”的放假日"));

        var netWeekdaysOff = year.Days.Count(d => d.IsOffDay && !IsWeekend(d.Date)) - year.Days.Count(d => !d.IsOffDay);
        if (netWeekdaysOff > MaxNetWeekdaysOff)
        {
            problems.Add($"周一至周五的放假日比调休上班日多 {netWeekdaysOff} 天，超过合理范围（{MaxNetWeekdaysOff} 天）");
        }

        if (problems.Count == 0)
        {
            return year;
        }

        return new Error("calendar.year_invalid", $"{year.Year} 年的节假日安排有误：{string.Join("；", problems)}")
        {
            Fields = new Dictionary<string, string[]> { ["days"] = [.. problems] },
        };
    }

    public static IEnumerable<string> Check(int year, HolidayEntry day)
    {
        if (day.Date.Year != year)
        {
            yield return $"{day.Date:yyyy-MM-dd} 不属于 {year} 年";
        }

        if (string.IsNullOrWhiteSpace(day.Name))
        {
            yield return $"{day.Date:yyyy-MM-dd} 缺少节日名称";
        }

        if (!day.IsOffDay && !IsWeekend(day.Date))
        {
            yield return $"{day.Date:yyyy-MM-dd} 不是周六或周日，不能作为调休上班日";
        }
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
