namespace EGov.Disclosure.Domain.Catalog;

/// <summary>
/// 保密审查 of a catalog item before it goes public (条例 第十七条; 《保守国家秘密法》), recorded with reviewer, time and
/// opinion, for the item's version at the time: a later edit needs a new review.
/// </summary>
internal sealed class CatalogReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ItemId { get; set; }
    public long ItemVersion { get; set; }
    public Guid ReviewerId { get; set; }
    public string ReviewerName { get; set; } = "";
    public DateTime ReviewedAt { get; set; }
    public bool Passed { get; set; }
    public string Opinion { get; set; } = "";
}
