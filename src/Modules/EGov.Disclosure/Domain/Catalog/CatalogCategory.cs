namespace EGov.Disclosure.Domain.Catalog;

/// <summary>
/// 目录分类: a category of the disclosure catalog. The defaults are the mandatory categories of 条例 第二十条
/// (15 items) and 第二十一条 (district governments); the manager may add, rename, reorder or retire them.
/// </summary>
internal sealed class CatalogCategory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable code, e.g. <c>art20-01</c> for 第二十条第（一）项.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The legal basis shown in the guide, e.g. 《条例》第二十条第（一）项.</summary>
    public string LegalBasis { get; set; } = "";

    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public long Version { get; set; }

    /// <summary>The full text of the category as the article words it (the name is a short form for menus).</summary>
    public string Description { get; set; } = "";
}
