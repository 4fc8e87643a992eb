using EGov.Platform.Calendar;

namespace EGov.UnitTests.Calendar;

/// <summary>Working-day calendars without a database, from the shipped holiday years (2024–2026) or given ones.</summary>
internal static class Calendars
{
    public static WorkingDayCalendar Shipped() => From(EmbeddedHolidays.All);

    public static WorkingDayCalendar From(IReadOnlyCollection<HolidayYear> years)
        => new(() => years, TimeProvider.System, TimeSpan.MaxValue);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
