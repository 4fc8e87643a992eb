using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("portal_articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Subtitle).HasMaxLength(200);
        builder.Property(a => a.Source).HasMaxLength(100);
        builder.Property(a => a.Author).HasMaxLength(100);
        builder.Property(a => a.Keywords).HasMaxLength(200);
        builder.Property(a => a.Summary).HasMaxLength(500);
        builder.Property(a => a.DocumentNumber).HasMaxLength(100);
        builder.Property(a => a.ValidityNote).HasMaxLength(500);
        builder.Property(a => a.WithdrawalReason).HasMaxLength(500);
        builder.Property(a => a.ReturnComment).HasMaxLength(1000);
        builder.Ignore(a => a.IsPublic);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // The public list of a channel: published, newest first.
        builder.HasIndex(a => new { a.ChannelId, a.Status, a.PublishedAt });
        builder.HasIndex(a => new { a.SiteId, a.Status, a.PublishedAt });
        builder.HasIndex(a => a.InterpretsId);
        // The scheduler's scans.
        builder.HasIndex(a => new { a.Status, a.ScheduledPublishAt });
        builder.HasIndex(a => new { a.Status, a.ScheduledTakeDownAt });
    }
}
