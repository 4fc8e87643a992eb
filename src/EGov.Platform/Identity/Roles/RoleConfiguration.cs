using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Identity.Roles;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("plat_roles");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(500).IsRequired();
        builder.PrimitiveCollection(r => r.Permissions).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
