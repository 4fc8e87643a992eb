using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class SiteEditorGrantConfiguration : IEntityTypeConfiguration<SiteEditorGrant>
{
    public void Configure(EntityTypeBuilder<SiteEditorGrant> builder)
    {
        builder.ToTable("portal_site_editors");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => new { g.UserId, g.SiteId });
        builder.HasIndex(g => new { g.SiteId, g.UserId, g.ChannelId }).IsUnique();
    }
}
