namespace EGov.Approvals.Statistics;

/// <summary>政务服务统计 of a period for the departments in the viewer's scope, with the plan's targets beside the actual figures.</summary>
internal sealed record ServiceStatistics(
    DateOnly From,
    DateOnly To,
    Guid? DepartmentId,
    DepartmentFigures Total,
    IReadOnlyList<DepartmentFigures> ByDepartment,
    IReadOnlyList<MonthFigures> ByMonth,
    IReadOnlyList<PlanTarget> Targets);

internal sealed record DepartmentFigures(Guid? DepartmentId, string Name, ApplicationFigures Applications, RatingFigures Ratings, ItemFigures Items);

/// <param name="PromisedConcluded">Concluded applications with a 承诺时限 clock; <paramref name="PromisedOnTime"/> of them by its due date.</param>
/// <param name="StatutoryConcluded">Concluded applications with a 法定时限 clock; <paramref name="StatutoryOnTime"/> of them by its due date.</param>
/// <param name="AverageWorkingDays">From acceptance to conclusion (the day of acceptance not counted).</param>
internal sealed record ApplicationFigures(
    int ReceivedOnline,
    int ReceivedWindow,
    int Concluded,
    int PromisedConcluded,
    int PromisedOnTime,
    int StatutoryConcluded,
    int StatutoryOnTime,
    int DeemedAccepted,
    double? AverageWorkingDays)
{
    public static ApplicationFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, null);

    public int Received => ReceivedOnline + ReceivedWindow;

    public double? OnlineShare => Share.Of(ReceivedOnline, Received);
}

/// <summary>Published items in scope now: 全程网办 (Level Ⅳ) and licensing items with 互联网受理 (depth code 4).</summary>
internal sealed record ItemFigures(int Published, int FullyOnline, int Licensing, int LicensingAcceptedOnline)
{
    public static ItemFigures None { get; } = new(0, 0, 0, 0);

    public double? FullyOnlineShare => Share.Of(FullyOnline, Published);

    public double? OnlineAcceptanceShare => Share.Of(LicensingAcceptedOnline, Licensing);
}

internal sealed record MonthFigures(int Year, int Month, int ReceivedOnline, int ReceivedWindow, int Concluded, int Ratings, int BadRatings);

/// <param name="Target">The plan's share, e.g. 1.0 for 100 %.</param>
internal sealed record PlanTarget(string Name, double Target, double? Actual, int Count, int Of)
{
    public bool Met => Actual >= Target;
}

internal static class Share
{
    /// <summary>A share rounded to 0.1 %, or null when there is nothing to share.</summary>
    public static double? Of(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 3);
}
