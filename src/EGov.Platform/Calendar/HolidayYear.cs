namespace EGov.Platform.Calendar;

/// <summary>One year of the State Council's holiday arrangement (国务院办公厅关于XXXX年部分节假日安排的通知).</summary>
internal sealed record HolidayYear(int Year, string? Notice, IReadOnlyList<HolidayEntry> Days);

/// <param name="IsOffDay">True: a day off for the named holiday; false: a make-up working day (调休上班).</param>
internal sealed record HolidayEntry(string Name, DateOnly Date, bool IsOffDay);
