using EGov.Portal.Domain.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("portal_channels");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(60);
        builder.HasIndex(c => new { c.SiteId, c.Code }).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.LinkUrl).HasMaxLength(500);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.HasIndex(c => new { c.SiteId, c.ParentId, c.SortOrder });
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
