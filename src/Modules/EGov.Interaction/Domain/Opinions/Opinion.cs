namespace EGov.Interaction.Domain.Opinions;

/// <summary>One opinion on a draft. PERSONAL DATA: the phone is encrypted; names are never published.</summary>
internal sealed class Opinion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CollectionId { get; set; }
    public Guid? AccountId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Encrypted.</summary>
    public string? Phone { get; set; }

    public string Content { get; set; } = "";
    public DateTime SubmittedAt { get; set; }

    /// <summary>Sensitive words found; such opinions wait for staff review before they count.</summary>
    public string? SensitiveWords { get; set; }

    public Adoption Adoption { get; set; }
    public string? AdoptionNote { get; set; }
}

/// <summary>采纳情况 of one opinion.</summary>
internal enum Adoption
{
    Pending,
    Adopted,
    PartlyAdopted,
    NotAdopted,
}
