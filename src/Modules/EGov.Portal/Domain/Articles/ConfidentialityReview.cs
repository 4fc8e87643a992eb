namespace EGov.Portal.Domain.Articles;

/// <summary>
/// 保密审查: the required check that an article discloses no state secret before it goes public
/// (《保守国家秘密法》第三十一条; 《政府信息公开条例》第十七条 “发布前依照法律法规进行审查”), recorded with reviewer, time and opinion.
/// </summary>
internal sealed class ConfidentialityReview
{
    public Guid Id { get; set; }
    public Guid ArticleId { get; set; }

    /// <summary>The revision that was reviewed: a later edit needs a new review.</summary>
    public int RevisionNumber { get; set; }

    public Guid ReviewerId { get; set; }
    public string ReviewerName { get; set; } = "";
    public DateTime ReviewedAt { get; set; }
    public bool Passed { get; set; }
    public string Opinion { get; set; } = "";
}
