namespace EGov.Platform.Time;

/// <summary>
/// Dates and times as people in Xiling see them: China Standard Time, UTC+8 all year (no daylight saving since 1991),
/// whatever the server's zone. Storage stays in UTC.
/// </summary>
public static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset, DateTimeKind.Unspecified);

    /// <summary>Midnight at the start of <paramref name="date"/> in China, as a UTC instant.</summary>
    public static DateTime StartOfDay(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;
}
