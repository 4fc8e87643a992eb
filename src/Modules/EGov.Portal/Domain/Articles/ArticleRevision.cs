namespace EGov.Portal.Domain.Articles;

/// <summary>A saved version of an article's text; any two can be compared.</summary>
internal sealed class ArticleRevision
{
    public Guid Id { get; set; }
    public Guid ArticleId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public string BodyHtml { get; set; } = "";
    public string? Keywords { get; set; }
    public DateTime EditedAt { get; set; }
    public Guid EditedBy { get; set; }
    public string EditedByName { get; set; } = "";
}
