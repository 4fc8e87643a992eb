using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ConfidentialityReviewConfiguration : IEntityTypeConfiguration<ConfidentialityReview>
{
    public void Configure(EntityTypeBuilder<ConfidentialityReview> builder)
    {
        builder.ToTable("portal_confidentiality_reviews");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ArticleId, r.ReviewedAt });
        builder.Property(r => r.ReviewerName).HasMaxLength(100);
        builder.Property(r => r.Opinion).HasMaxLength(1000);
    }
}
