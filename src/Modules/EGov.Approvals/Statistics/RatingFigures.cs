namespace EGov.Approvals.Statistics;

/// <summary>
/// 好差评 figures of a set of ratings (those excluded by 申诉复核 left out): number, total stars, 满意 (4–5), 差评 (1–2), and
/// of the 差评 the rectified ones and those rectified by the clock's due date.
/// </summary>
internal sealed record RatingFigures(int Count, int Stars, int Satisfied, int Bad, int Rectified, int RectifiedOnTime)
{
    public static RatingFigures None { get; } = new(0, 0, 0, 0, 0, 0);

    public double? Average => Count == 0 ? null : Math.Round((double)Stars / Count, 2);

    public double? SatisfiedShare => Share.Of(Satisfied, Count);

    public double? BadShare => Share.Of(Bad, Count);

    public double? RectifiedShare => Share.Of(Rectified, Bad);

    public double? RectifiedOnTimeShare => Share.Of(RectifiedOnTime, Bad);

    public RatingFigures Plus(RatingFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Count + other.Count, Stars + other.Stars, Satisfied + other.Satisfied, Bad + other.Bad, Rectified + other.Rectified, RectifiedOnTime + other.RectifiedOnTime);
    }

    public static RatingFigures Sum(IEnumerable<RatingFigures> all) => all.Aggregate(None, (a, b) => a.Plus(b));
}
