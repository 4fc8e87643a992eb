using EGov.Platform.Results;

namespace EGov.Platform.Calendar;

internal static class CalendarErrors
{
    public const int MaxDays = 3650;

    public static Error DateOutOfRange(DateOnly date) => Error.Validation(
        "calendar.out_of_range",
        $"日期 {date:yyyy-MM-dd} 超出工作日历的范围（{CalendarTable.First.Year} 年至 {CalendarTable.Last.Year} 年）");

    public static Error DaysOutOfRange(int days) => Error.Validation(
        "calendar.out_of_range",
        $"工作日数 {days} 超出允许范围（-{MaxDays} 至 {MaxDays}）");
}
