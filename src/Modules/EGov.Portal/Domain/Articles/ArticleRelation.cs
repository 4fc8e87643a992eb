namespace EGov.Portal.Domain.Articles;

/// <summary>相关信息: another article shown under this one.</summary>
internal sealed class ArticleRelation
{
    public Guid ArticleId { get; set; }
    public Guid RelatedId { get; set; }
    public int SortOrder { get; set; }
}
