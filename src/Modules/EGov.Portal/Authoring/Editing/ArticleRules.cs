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
    /// Drafts and articles sent back may be edited; so may withdrawn or taken-down ones, which go through review again.
    /// What is in review or public must first be sent back or withdrawn.
    /// </summary>
    public static Result CanEdit(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft or ArticleStatus.Returned or ArticleStatus.Withdrawn or ArticleStatus.TakenDown => Result.Success(),
        ArticleStatus.Published or ArticleStatus.Scheduled => AuthoringErrors.PublishedNotEditable,
        _ => AuthoringErrors.InReviewNotEditable,
    };

    public static Result CanDelete(ArticleStatus status)
        => status == ArticleStatus.Draft ? Result.Success() : AuthoringErrors.OnlyDraftsDeleted;
}
