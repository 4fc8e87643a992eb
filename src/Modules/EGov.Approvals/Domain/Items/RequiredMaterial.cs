namespace EGov.Approvals.Domain.Items;

/// <summary>申请材料: one entry of the item's material list (approvals.md §2.2, 申请材料 sub-fields).</summary>
internal sealed class RequiredMaterial
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ItemId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public MaterialSource Source { get; set; }

    /// <summary>The issuing body when the source is another department.</summary>
    public string? SourceNote { get; set; }

    public MaterialForm Form { get; set; }
    public int PaperCopies { get; set; }

    /// <summary>纸质材料规格, e.g. A4.</summary>
    public string? PaperSpec { get; set; }

    public MaterialNecessity Necessity { get; set; }

    /// <summary>材料类型: 原件, 复印件, 原件和复印件.</summary>
    public string? MaterialType { get; set; }

    /// <summary>填报须知.</summary>
    public string? Instructions { get; set; }

    /// <summary>空表 to download (an attachment).</summary>
    public Guid? BlankFormId { get; set; }

    /// <summary>样表 to download (an attachment).</summary>
    public Guid? SampleFormId { get; set; }

    public string? Note { get; set; }
}
