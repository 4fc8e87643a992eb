namespace EGov.Platform.Clocks;

/// <summary>A time limit: 20 working days (条例 第三十三条), 3 months (代表法 第四十三条), 24 hours…</summary>
public readonly record struct ClockLimit(int Value, LimitUnit Unit)
{
    public static ClockLimit WorkingDays(int value) => new(value, LimitUnit.WorkingDays);
    public static ClockLimit CalendarDays(int value) => new(value, LimitUnit.CalendarDays);
    public static ClockLimit Months(int value) => new(value, LimitUnit.Months);
    public static ClockLimit Hours(int value) => new(value, LimitUnit.Hours);
}

public enum LimitUnit
{
    WorkingDays,
    CalendarDays,
    Months,
    Hours,
}
