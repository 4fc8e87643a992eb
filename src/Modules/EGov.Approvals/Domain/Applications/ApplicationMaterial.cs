namespace EGov.Approvals.Domain.Applications;

/// <summary>A material handed in with an application: an uploaded file (or one reused from an earlier application), or paper seen at the window.</summary>
internal sealed class ApplicationMaterial
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }

    /// <summary>The item's material this answers; null for an additional file.</summary>
    public Guid? RequiredMaterialId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The stored file; null for paper checked at the window.</summary>
    public Guid? AttachmentId { get; set; }

    /// <summary>The earlier application's material this one reuses.</summary>
    public Guid? ReusedFromId { get; set; }

    public bool PaperChecked { get; set; }
    public MaterialCheck Check { get; set; }

    /// <summary>What is wrong, as written in the correction notice.</summary>
    public string? Problem { get; set; }

    public DateTime AddedAt { get; set; }

    /// <summary>Handed in with the correction (补正).</summary>
    public bool FromCorrection { get; set; }
}

internal enum MaterialCheck
{
    Unchecked,
    Accepted,
    NeedsCorrection,
}
