namespace EGov.Oversight.Statistics;

/// <summary>
/// <c>Oversight:Score</c>: the weights of the departments' 绩效 score, UNCONFIRMED local practice (oversight.md:
/// "automatic scoring and ranking per department… monthly publication"; the weights are the district's to set).
/// Score = OnTime × on-time rate − Yellow × yellow cards − Red × red cards − Anomaly × anomalies − BadRatingShare × 差评 share.
/// </summary>
internal sealed class ScoreOptions
{
    public const string Section = "Oversight:Score";

    /// <summary>Points for a 100 % on-time rate (a department with nothing concluded or overdue counts as 100 %).</summary>
    public double OnTime { get; set; } = 100;

    public double Yellow { get; set; } = 2;

    public double Red { get; set; } = 5;

    public double Anomaly { get; set; } = 1;

    /// <summary>Points off for a 100 % share of 差评 (so one percentage point of 差评 costs one point by default).</summary>
    public double BadRatingShare { get; set; } = 100;

    public double Of(OversightFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var score = (OnTime * (f.OnTimeRate ?? 1)) - (Yellow * f.Yellow) - (Red * f.Red) - (Anomaly * f.Anomalies) - (BadRatingShare * (f.BadRatingShare ?? 0));
        return Math.Round(score, 1);
    }
}
