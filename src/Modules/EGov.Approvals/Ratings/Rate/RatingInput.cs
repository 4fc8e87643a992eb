namespace EGov.Approvals.Ratings.Rate;

/// <summary>What the applicant fills in: 整体满意度 and every dimension of the channel 1–5, a comment, for 差评 a reason.</summary>
internal sealed class RatingInput
{
    public int? Overall { get; set; }

    /// <summary>Keys from <c>RatingDimensions</c> of the channel.</summary>
    public Dictionary<string, int?> Dimensions { get; set; } = [];

    public string? Comment { get; set; }

    /// <summary>One of <see cref="RatingRules.BadReasons"/>; a 差评 needs it or a comment.</summary>
    public string? BadReason { get; set; }

    /// <summary>匿名评价: no call-back (only 实名差评 are called back).</summary>
    public bool Anonymous { get; set; }
}
