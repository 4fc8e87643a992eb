namespace EGov.Portal.Domain.Articles;

/// <summary>A file attached to an article (附件), stored in the platform's attachment store.</summary>
internal sealed class ArticleAttachment
{
    public Guid Id { get; set; }
    public Guid ArticleId { get; set; }
    public Guid AttachmentId { get; set; }
    public string Title { get; set; } = "";
    public int SortOrder { get; set; }
}
