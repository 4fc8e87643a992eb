namespace EGov.Portal.Domain.Articles;

/// <summary>Editorial workflow: draft → submitted → reviewed (审核) → confidentiality-reviewed (保密审查) → published.</summary>
internal enum ArticleStatus
{
    Draft = 1,

    /// <summary>待审核.</summary>
    Submitted = 2,

    /// <summary>审核通过，待保密审查.</summary>
    Reviewed = 3,

    /// <summary>保密审查通过，等待定时发布.</summary>
    Scheduled = 4,

    Published = 5,

    /// <summary>撤稿 with a reason.</summary>
    Withdrawn = 6,

    /// <summary>定时下线 reached.</summary>
    TakenDown = 7,

    /// <summary>退回修改 with the reviewer's comment.</summary>
    Returned = 8,
}
