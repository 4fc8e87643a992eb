using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ArticleTransitionConfiguration : IEntityTypeConfiguration<ArticleTransition>
{
    public void Configure(EntityTypeBuilder<ArticleTransition> builder)
    {
        builder.ToTable("portal_article_transitions");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.ArticleId, t.At });
        builder.Property(t => t.Action).HasMaxLength(40);
        builder.Property(t => t.UserName).HasMaxLength(100);
        builder.Property(t => t.Comment).HasMaxLength(1000);
    }
}
