using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ArticleAttachmentConfiguration : IEntityTypeConfiguration<ArticleAttachment>
{
    public void Configure(EntityTypeBuilder<ArticleAttachment> builder)
    {
        builder.ToTable("portal_article_attachments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ArticleId, a.SortOrder });
        builder.HasIndex(a => a.AttachmentId).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(200);
    }
}
