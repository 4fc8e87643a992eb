namespace EGov.Oversight.Contracts;

/// <summary>Codes of the anomalies (异常) oversight raises from clocks that pass their due date (<c>ClockType.OverdueAnomaly</c>).</summary>
public static class OversightAnomalies
{
    /// <summary>行政许可法 第三十二条: no correction notice within 5 working days, so the application counts as accepted.</summary>
    public const string AcceptanceDeemed = "acceptance_deemed";

    /// <summary>差评 not rectified within the rectification period.</summary>
    public const string RatingNotRectified = "rating_not_rectified";

    /// <summary>条例 第三十三条: a disclosure request not answered within its period.</summary>
    public const string DisclosureReplyOverdue = "disclosure_reply_overdue";

    /// <summary>A letter not answered within its reply limit.</summary>
    public const string LetterUnanswered = "letter_unanswered";
}
