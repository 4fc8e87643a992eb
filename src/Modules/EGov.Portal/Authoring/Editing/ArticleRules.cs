using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;

namespace EGov.Portal.Authoring.Editing;

/// <summary>Rules of article editing that do not need the database.</summary>
internal static class ArticleRules
{
    /// <summary>The article type follows the kind of channel it is written in.</summary>
    public static ArticleType TypeFor(ChannelKind kind) => kind switch
    {
        ChannelKind.PolicyFile => ArticleType.PolicyDocument,
        ChannelKind.Interpretation => ArticleType.Interpretation,
        ChannelKind.Notice => ArticleType.Notice,
        ChannelKind.SinglePage => ArticleType.Page,
        ChannelKind.Data => ArticleType.Data,
        _ => ArticleType.News,
    };

    /// <summary>
    /// Only drafts and articles sent back may be edited. What is public must first be withdrawn and reopened as a draft
    /// (the workflow's 重新编辑); what is in review must first be sent back.
    /// </summary>
    public static Result CanEdit(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft or ArticleStatus.Returned => Result.Success(),
        ArticleStatus.Published or ArticleStatus.Scheduled => AuthoringErrors.PublishedNotEditable,
        ArticleStatus.Withdrawn or ArticleStatus.TakenDown => AuthoringErrors.WithdrawnNotEditable,
        _ => AuthoringErrors.InReviewNotEditable,
    };

    public static Result CanDelete(ArticleStatus status)
        => status == ArticleStatus.Draft ? Result.Success() : AuthoringErrors.OnlyDraftsDeleted;
}
