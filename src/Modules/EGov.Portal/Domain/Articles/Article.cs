namespace EGov.Portal.Domain.Articles;

/// <summary>信息/稿件: one article of a site's channel, from draft to publication and withdrawal.</summary>
internal sealed class Article
{
    public Guid Id { get; set; }
    public Guid SiteId { get; set; }
    public Guid ChannelId { get; set; }
    public ArticleType Type { get; set; } = ArticleType.News;

    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }

    /// <summary>来源, e.g. 区市场监管局.</summary>
    public string? Source { get; set; }

    public string? Author { get; set; }

    /// <summary>Comma-separated keywords (关键词).</summary>
    public string? Keywords { get; set; }

    /// <summary>Plain-text summary for lists, feeds and Open Graph; derived from the body when empty.</summary>
    public string? Summary { get; set; }

    /// <summary>Rich text, sanitized on the server before it is stored: no script, no event handlers, no foreign frames.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>发文字号 of a policy document, e.g. 西陵政规〔2026〕3号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>Validity of a policy document, shown on the document itself (指引: mark modified, repealed or invalid files on the original).</summary>
    public PolicyValidity? Validity { get; set; }

    public string? ValidityNote { get; set; }

    /// <summary>For an interpretation (解读): the policy document it interprets. The document finds its interpretations through this link.</summary>
    public Guid? InterpretsId { get; set; }

    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>The number of the current <see cref="ArticleRevision"/>.</summary>
    public int RevisionNumber { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>发布时间 as shown to readers.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>定时发布: when an approved article goes online.</summary>
    public DateTime? ScheduledPublishAt { get; set; }

    /// <summary>定时下线: when a published article is taken down.</summary>
    public DateTime? ScheduledTakeDownAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnBy { get; set; }

    /// <summary>撤稿原因; staff keep seeing it on the article.</summary>
    public string? WithdrawalReason { get; set; }

    /// <summary>The reviewer's comment when the article was last sent back (退回修改).</summary>
    public string? ReturnComment { get; set; }

    /// <summary>DEMO DATA: written for the demo and marked as such on the page.</summary>
    public bool IsDemo { get; set; }

    public long Version { get; set; }

    public bool IsPublic => Status == ArticleStatus.Published;
}
