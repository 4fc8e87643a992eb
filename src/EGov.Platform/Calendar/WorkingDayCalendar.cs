using EGov.Platform.Results;

namespace EGov.Platform.Calendar;

/// <summary>
/// The working-day calendar (工作日): weekdays, statutory holidays and make-up workdays from the shipped holiday
/// files, with administrator corrections on top. A year without data is answered from weekdays alone and
/// flagged (<c>CalendarKnown = false</c>). Precomputed in memory; reloaded after a change or when the cache ages.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Func<IReadOnlyCollection<HolidayYear>> _load;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;
    private readonly Lock _reloading = new();
    private volatile Snapshot? _snapshot;

    internal WorkingDayCalendar(Func<IReadOnlyCollection<HolidayYear>> load, TimeProvider time, TimeSpan maxAge)
    {
        _load = load;
        _time = time;
        _maxAge = maxAge;
    }

    public bool IsWorkingDay(DateOnly date)
        => CalendarTable.Contains(date) ? Table.IsWorkingDay(date) : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The holiday's name (国庆节, 春节…) for an off-day or make-up workday; null otherwise.</summary>
    public string? NameOf(DateOnly date) => CalendarTable.Contains(date) ? Table.EntryOf(date)?.Name : null;

    public bool IsYearKnown(int year) => Table.IsYearKnown(year);

    public Result<CalendarDayInfo> Describe(DateOnly date)
    {
        if (!CalendarTable.Contains(date))
        {
            return CalendarErrors.DateOutOfRange(date);
        }

        var table = Table;
        var entry = table.EntryOf(date);
        var kind = entry switch
        {
            { IsOffDay: true } => DayKind.OffDay,
            { IsOffDay: false } => DayKind.MakeUpWorkday,
            null when table.IsWorkingDay(date) => DayKind.WorkingDay,
            _ => DayKind.RestDay,
        };
        return new CalendarDayInfo(date, kind, entry?.Name, table.IsYearKnown(date.Year));
    }

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="date"/>, which is not counted; backwards when negative; the date itself for 0.</summary>
    public Result<CalendarDate> AddWorkingDays(DateOnly date, int days)
    {
        if (Math.Abs((long)days) > CalendarErrors.MaxDays)
        {
            return CalendarErrors.DaysOutOfRange(days);
        }

        if (!CalendarTable.Contains(date))
        {
            return CalendarErrors.DateOutOfRange(date);
        }

        var table = Table;
        if (table.AddWorkingDays(date, days) is not { } result)
        {
            return CalendarErrors.DateOutOfRange(days > 0 ? CalendarTable.Last : CalendarTable.First);
        }

        return new CalendarDate(result, table.AreYearsKnown(date, result));
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to is earlier.</summary>
    public Result<CalendarCount> WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        foreach (var date in (ReadOnlySpan<DateOnly>)[from, to])
        {
            if (!CalendarTable.Contains(date))
            {
                return CalendarErrors.DateOutOfRange(date);
            }
        }

        var table = Table;
        return new CalendarCount(table.WorkingDaysBetween(from, to), table.AreYearsKnown(from, to));
    }

    /// <summary>The year's effective holiday data (corrected or shipped), or null when the year has none.</summary>
    internal HolidayYear? YearData(int year) => Table.YearOf(year);

    /// <summary>Drops the precomputed table; the next question reloads it (after an administrator's change).</summary>
    public void Invalidate() => _snapshot = null;

    private CalendarTable Table
    {
        get
        {
            var now = _time.GetUtcNow();
            var snapshot = _snapshot;
            if (snapshot is not null && now - snapshot.LoadedAt < _maxAge)
            {
                return snapshot.Table;
            }

            lock (_reloading)
            {
                snapshot = _snapshot;
                if (snapshot is null || now - snapshot.LoadedAt >= _maxAge)
                {
                    snapshot = new Snapshot(new CalendarTable(_load()), now);
                    _snapshot = snapshot;
                }

                return snapshot.Table;
            }
        }
    }

    private sealed record Snapshot(CalendarTable Table, DateTimeOffset LoadedAt);
}
