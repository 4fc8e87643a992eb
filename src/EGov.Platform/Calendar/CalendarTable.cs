namespace EGov.Platform.Calendar;

/// <summary>
/// Every day from 1990 to 2100, precomputed once: whether it is a working day, a prefix sum of working days
/// and the list of working days, so that adding and counting working days are two array look-ups.
/// </summary>
internal sealed class CalendarTable
{
    public static readonly DateOnly First = new(1990, 1, 1);
    public static readonly DateOnly Last = new(2100, 12, 31);

    private readonly bool[] _working;
    private readonly int[] _prefix; // _prefix[i]: working days among the first i days
    private readonly int[] _workingDays; // day offsets of the working days, ascending
    private readonly bool[] _knownYears;
    private readonly Dictionary<DateOnly, HolidayEntry> _entries = [];
    private readonly Dictionary<int, HolidayYear> _years = [];

    public CalendarTable(IEnumerable<HolidayYear> years)
    {
        var count = Last.DayNumber - First.DayNumber + 1;
        _working = new bool[count];
        for (var i = 0; i < count; i++)
        {
            _working[i] = First.AddDays(i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        _knownYears = new bool[Last.Year - First.Year + 1];
        foreach (var year in years.Where(y => y.Year >= First.Year && y.Year <= Last.Year))
        {
            _knownYears[year.Year - First.Year] = true;
            _years[year.Year] = year;
            foreach (var entry in year.Days.Where(d => d.Date.Year == year.Year))
            {
                _working[Offset(entry.Date)] = !entry.IsOffDay;
                _entries[entry.Date] = entry;
            }
        }

        _prefix = new int[count + 1];
        var list = new List<int>(count * 5 / 7);
        for (var i = 0; i < count; i++)
        {
            _prefix[i + 1] = _prefix[i] + (_working[i] ? 1 : 0);
            if (_working[i])
            {
                list.Add(i);
            }
        }

        _workingDays = [.. list];
    }

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    public bool IsWorkingDay(DateOnly date) => _working[Offset(date)];

    public HolidayEntry? EntryOf(DateOnly date) => _entries.GetValueOrDefault(date);

    public HolidayYear? YearOf(int year) => _years.GetValueOrDefault(year);

    public bool IsYearKnown(int year) => year >= First.Year && year <= Last.Year && _knownYears[year - First.Year];

    public bool AreYearsKnown(DateOnly a, DateOnly b)
    {
        var (from, to) = a <= b ? (a.Year, b.Year) : (b.Year, a.Year);
        for (var year = from; year <= to; year++)
        {
            if (!IsYearKnown(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to &lt; from.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => _prefix[Offset(to) + 1] - _prefix[Offset(from) + 1];

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="date"/> (before it when negative); null past the table's ends.</summary>
    public DateOnly? AddWorkingDays(DateOnly date, int days)
    {
        if (days == 0)
        {
            return date;
        }

        var offset = Offset(date);
        var index = days > 0 ? _prefix[offset + 1] + days - 1 : _prefix[offset] + days;
        return index >= 0 && index < _workingDays.Length ? First.AddDays(_workingDays[index]) : null;
    }

    private static int Offset(DateOnly date) => date.DayNumber - First.DayNumber;
}
