using EGov.Portal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class PageViewDayConfiguration : IEntityTypeConfiguration<PageViewDay>
{
    public void Configure(EntityTypeBuilder<PageViewDay> builder)
    {
        builder.ToTable("portal_page_views");
        builder.HasKey(v => new { v.ChannelId, v.ArticleId, v.Date });
        builder.HasIndex(v => new { v.SiteId, v.Date });
    }
}
