namespace EGov.Interaction.Opinions.Editing;

/// <summary>What an editor fills in for a collection; <see cref="DraftAttachmentId"/> names a draft uploaded before (API).</summary>
internal sealed class CollectionInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }

    /// <summary>The owning department; by default the editor's own.</summary>
    public Guid? DepartmentId { get; set; }

    public Guid? DraftAttachmentId { get; set; }
    public uint Version { get; set; }
}

/// <summary>A draft file handed in with the form.</summary>
internal sealed record DraftUpload(Stream Content, string FileName, string? ContentType);

/// <summary>A saved collection and, when its period is short, the warning to show the editor.</summary>
internal sealed record CollectionSaved(Guid Id, string? Warning);
