namespace EGov.Oversight.Statistics;

/// <summary>
/// Figures of a department, 事项 or month. Cases are the case-counting clocks started; concluded on time those stopped
/// without being overdue; overdue those stopped overdue plus those still running past their due instant at the period's
/// end (or now). Cards are counted when raised: yellow and red of the time-limit rules, and anomalies (异常) of any level.
/// </summary>
internal sealed record OversightFigures(
    int Cases,
    int OnTime,
    int OverdueConcluded,
    int OverdueRunning,
    int Yellow,
    int Red,
    int Anomalies,
    int Ratings,
    int GoodRatings,
    int BadRatings)
{
    public static OversightFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int Overdue => OverdueConcluded + OverdueRunning;

    /// <summary>Concluded on time of those concluded or overdue; null when there are none.</summary>
    public double? OnTimeRate => Share(OnTime, OnTime + Overdue);

    public double? BadRatingShare => Share(BadRatings, Ratings);

    public OversightFigures Plus(OversightFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Cases + other.Cases, OnTime + other.OnTime, OverdueConcluded + other.OverdueConcluded, OverdueRunning + other.OverdueRunning,
            Yellow + other.Yellow, Red + other.Red, Anomalies + other.Anomalies, Ratings + other.Ratings, GoodRatings + other.GoodRatings, BadRatings + other.BadRatings);
    }

    public static OversightFigures Sum(IEnumerable<OversightFigures> all) => all.Aggregate(None, (a, b) => a.Plus(b));

    private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
