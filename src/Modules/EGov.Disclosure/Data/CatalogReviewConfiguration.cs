using EGov.Disclosure.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class CatalogReviewConfiguration : IEntityTypeConfiguration<CatalogReview>
{
    public void Configure(EntityTypeBuilder<CatalogReview> builder)
    {
        builder.ToTable("disclosure_catalog_reviews");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ItemId, r.ReviewedAt });
        builder.Property(r => r.ReviewerName).HasMaxLength(100);
        builder.Property(r => r.Opinion).HasMaxLength(1000);
    }
}
