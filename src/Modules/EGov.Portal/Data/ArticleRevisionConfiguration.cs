using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.ToTable("portal_article_revisions");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Subtitle).HasMaxLength(200);
        builder.Property(r => r.Keywords).HasMaxLength(200);
        builder.Property(r => r.EditedByName).HasMaxLength(100);
    }
}
