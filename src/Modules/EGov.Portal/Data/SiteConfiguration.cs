using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Portal.Data;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("portal_sites");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.HostName).HasMaxLength(200);
        builder.HasIndex(s => s.HostName).IsUnique();
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.HasIndex(s => s.DepartmentId);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
