using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Reports.Statistics;

/// <summary>依申请公开 statistics of one year for the requests in the viewer's scope.</summary>
/// <param name="OverdueNow">Requests open today whose reply clock is overdue (any year).</param>
/// <param name="AverageWorkingDays">From receipt to conclusion, of the requests concluded in the year; null when none.</param>
internal sealed record RequestStatistics(
    int Year,
    int Received,
    int Concluded,
    int OverdueNow,
    double? AverageWorkingDays,
    IReadOnlyList<StateCount> ByState,
    IReadOnlyList<AgencyStatistics> ByAgency,
    IReadOnlyList<MonthStatistics> ByMonth);

/// <summary>Requests of the year (received in it, or submitted in it and waiting for confirmation) now in one state.</summary>
internal sealed record StateCount(RequestState State, string Name, int Count);

/// <param name="Open">Received and not concluded today, whatever the year.</param>
internal sealed record AgencyStatistics(string Code, string Name, int Received, int Concluded, int Open, int OverdueNow, double? AverageWorkingDays);

internal sealed record MonthStatistics(int Month, int Received, int Concluded);
