namespace EGov.Platform.Calendar;

/// <summary>Dates as people in Xiling see them: China Standard Time, UTC+8 all year (no daylight saving since 1991).</summary>
internal static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    /// <summary>Midnight at the start of <paramref name="date"/> in China, as a UTC instant.</summary>
    public static DateTime StartOfDay(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;
}
