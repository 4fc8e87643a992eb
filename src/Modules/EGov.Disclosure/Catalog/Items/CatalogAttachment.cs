using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>An original file of a catalog item (原件), kept in the platform's attachment store.</summary>
internal sealed class CatalogAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ItemId { get; set; }
    public Guid AttachmentId { get; set; }
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
}

internal sealed class CatalogAttachmentConfiguration : IEntityTypeConfiguration<CatalogAttachment>
{
    public void Configure(EntityTypeBuilder<CatalogAttachment> builder)
    {
        builder.ToTable("disclosure_catalog_attachments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ItemId, a.SortOrder });
        builder.HasIndex(a => a.AttachmentId).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(255);
    }
}
