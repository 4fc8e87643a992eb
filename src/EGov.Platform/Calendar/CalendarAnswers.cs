namespace EGov.Platform.Calendar;

/// <param name="CalendarKnown">False when a year touched has no holiday data and was answered from weekdays alone.</param>
public readonly record struct CalendarDate(DateOnly Date, bool CalendarKnown);

/// <param name="CalendarKnown">False when a year touched has no holiday data and was answered from weekdays alone.</param>
public readonly record struct CalendarCount(int WorkingDays, bool CalendarKnown);

/// <param name="Name">The holiday's name for off-days and make-up workdays, otherwise null.</param>
public sealed record CalendarDayInfo(DateOnly Date, DayKind Kind, string? Name, bool CalendarKnown)
{
    public bool IsWorkingDay => Kind is DayKind.WorkingDay or DayKind.MakeUpWorkday;
}
