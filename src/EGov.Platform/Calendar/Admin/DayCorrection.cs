namespace EGov.Platform.Calendar.Admin;

/// <summary>An administrator's correction of one day of a year that has holiday data.</summary>
/// <param name="Name">The holiday's name; required for off-days and make-up workdays.</param>
internal sealed record DayCorrection(DateOnly Date, CorrectedKind Kind, string? Name);

internal enum CorrectedKind
{
    /// <summary>No arrangement: Monday–Friday work, the weekend rests.</summary>
    Normal,
    OffDay,
    MakeUpWorkday,
}
