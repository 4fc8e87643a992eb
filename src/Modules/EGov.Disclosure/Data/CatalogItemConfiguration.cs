using EGov.Disclosure.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> builder)
    {
        builder.ToTable("disclosure_catalog_items");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.IndexNumber).IsUnique();
        builder.Property(i => i.IndexNumber).HasMaxLength(100);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Summary).HasMaxLength(1000);
        builder.Property(i => i.Body).HasMaxLength(200000);
        builder.Property(i => i.DocumentNumber).HasMaxLength(100);
        builder.Property(i => i.PublishingAgency).HasMaxLength(200);
        builder.Property(i => i.AttributeReason).HasMaxLength(1000);
        builder.Property(i => i.Subject).HasMaxLength(100);
        builder.Property(i => i.Genre).HasMaxLength(100);
        builder.Property(i => i.Keywords).HasMaxLength(200);
        builder.Property(i => i.WithdrawalReason).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // The public catalog: an agency's published items by category, newest first; and the annual report's counts.
        builder.HasIndex(i => new { i.AgencyId, i.Status, i.CategoryId, i.PublishedAt });
        builder.HasIndex(i => new { i.Status, i.PublishedAt });
        builder.HasIndex(i => new { i.OfficeDepartmentId, i.Status });
        builder.HasIndex(i => new { i.AgencyId, i.RegulatoryKind, i.GeneratedOn });
    }
}
