using EGov.Portal.Domain.Articles;

namespace EGov.Portal.PublicSite.Demo;

/// <summary>DEMO DATA: the workflow steps that lead to a demo article's status.</summary>
internal static class DemoTransitions
{
    public static IEnumerable<(ArticleStatus From, ArticleStatus To, string Action)> To(ArticleStatus status)
    {
        if (status == ArticleStatus.Draft)
        {
            yield break;
        }

        yield return (ArticleStatus.Draft, ArticleStatus.Submitted, "submit");
        if (status is ArticleStatus.Reviewed or ArticleStatus.Published)
        {
            yield return (ArticleStatus.Submitted, ArticleStatus.Reviewed, "review");
        }

        if (status == ArticleStatus.Published)
        {
            yield return (ArticleStatus.Reviewed, ArticleStatus.Published, "confidentiality_review");
        }
    }
}
