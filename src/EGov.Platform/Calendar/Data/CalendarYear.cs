namespace EGov.Platform.Calendar.Data;

/// <summary>A year imported or corrected by an administrator; it replaces the shipped year entirely.</summary>
internal sealed class CalendarYear
{
    public int Year { get; set; }
    public string? Notice { get; set; }
    public DateTime ChangedAt { get; set; }

    /// <summary>Raised on every change, so that a second editor is told instead of overwriting.</summary>
    public long Version { get; set; }

    public List<CalendarDay> Days { get; set; } = [];

    public HolidayYear ToHolidayYear()
        => new(Year, Notice, [.. Days.OrderBy(d => d.Date).Select(d => new HolidayEntry(d.Name, d.Date, d.IsOffDay))]);
}

/// <summary>An off-day or make-up workday of a <see cref="CalendarYear"/>.</summary>
internal sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public int Year { get; set; }
    public string Name { get; set; } = "";
    public bool IsOffDay { get; set; }
}
