namespace EGov.Approvals.Domain.Ratings;

/// <summary>
/// 好差评: the applicant's rating of one concluded application, 一事一评 online or 一次一评 at the window
/// (国办发〔2019〕51号). 1–2 stars are a bad review (差评) and open a <see cref="Rectification"/>.
/// </summary>
internal sealed class Rating
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }
    public Guid ItemId { get; set; }
    public Guid DepartmentId { get; set; }
    public RatingChannel Channel { get; set; }

    /// <summary>整体满意度, 1 (非常不满意) to 5 (非常满意).</summary>
    public int Overall { get; set; }

    /// <summary>The dimension scores (<c>{"efficiency":4,…}</c>), keys from <c>RatingDimensions</c> of the channel.</summary>
    public string Dimensions { get; set; } = "{}";

    public string? Comment { get; set; }
    public Guid? AccountId { get; set; }

    /// <summary>实名: a bad review from a named applicant gets a call-back (专人回访核实).</summary>
    public bool Named { get; set; }

    public DateTime RatedAt { get; set; }

    public bool IsBad => Overall <= 2;

    /// <summary>申诉复核 upheld: the rating was mistaken or malicious and is left out of every statistic.</summary>
    public bool Excluded { get; set; }
}

internal enum RatingChannel
{
    Online,
    Window,
}
