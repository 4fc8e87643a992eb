using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ArticleRelationConfiguration : IEntityTypeConfiguration<ArticleRelation>
{
    public void Configure(EntityTypeBuilder<ArticleRelation> builder)
    {
        builder.ToTable("portal_article_relations");
        builder.HasKey(r => new { r.ArticleId, r.RelatedId });
    }
}
