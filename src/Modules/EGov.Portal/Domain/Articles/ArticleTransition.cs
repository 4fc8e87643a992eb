namespace EGov.Portal.Domain.Articles;

/// <summary>One step of an article's workflow (提交, 审核, 退回, 定时, 发布, 撤稿…) as staff see it in the history.</summary>
internal sealed class ArticleTransition
{
    public Guid Id { get; set; }
    public Guid ArticleId { get; set; }
    public ArticleStatus From { get; set; }
    public ArticleStatus To { get; set; }

    /// <summary>Stable code, e.g. <c>submit</c>, <c>review</c>, <c>confidentiality_review</c>, <c>send_back</c>, <c>withdraw</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Null when the scheduler acted.</summary>
    public Guid? UserId { get; set; }

    public string UserName { get; set; } = "";
    public DateTime At { get; set; }
    public string? Comment { get; set; }
}
