using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class HomeBlockConfiguration : IEntityTypeConfiguration<HomeBlock>
{
    public void Configure(EntityTypeBuilder<HomeBlock> builder)
    {
        builder.ToTable("portal_home_blocks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Title).HasMaxLength(100);
        builder.HasIndex(b => new { b.SiteId, b.SortOrder });
    }
}
