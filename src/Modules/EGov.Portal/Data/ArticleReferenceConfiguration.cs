using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ArticleReferenceConfiguration : IEntityTypeConfiguration<ArticleReference>
{
    public void Configure(EntityTypeBuilder<ArticleReference> builder)
    {
        builder.ToTable("portal_article_references");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ArticleId, r.TargetChannelId }).IsUnique();
        builder.HasIndex(r => new { r.TargetChannelId, r.Status });
        builder.HasIndex(r => new { r.TargetSiteId, r.Status });
        builder.Property(r => r.Comment).HasMaxLength(500);
    }
}
