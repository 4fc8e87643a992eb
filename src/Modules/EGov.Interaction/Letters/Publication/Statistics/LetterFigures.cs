namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>
/// The figures of one period (a year, a month) for some letters. <see cref="OnTime"/> and <see cref="Overdue"/> are the
/// judged replies: replies given in the period against their due date, and open letters whose due date passed in it.
/// </summary>
/// <param name="Received">Registered in the period.</param>
/// <param name="Replied">Replied in the period.</param>
/// <param name="Rated">Ratings given in the period; <paramref name="Satisfied"/> of them 满意 or 基本满意.</param>
/// <param name="OpenNow">Waiting for a reply today (whatever the period).</param>
/// <param name="AverageDaysToReply">Calendar days from registration to reply, over the replies in the period.</param>
internal sealed record LetterFigures(int Received, int Replied, int OnTime, int Overdue, int Rated, int Satisfied, int OpenNow, double? AverageDaysToReply)
{
    public static LetterFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0, null);

    /// <summary>按期答复率: on time over judged, rounded to 0.1 %.</summary>
    public double? OnTimeRate => Rate(OnTime, OnTime + Overdue);

    /// <summary>满意率: (满意 + 基本满意) over rated.</summary>
    public double? SatisfactionRate => Rate(Satisfied, Rated);

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 3);
}
