using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Organization.Departments;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("plat_departments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(100).IsRequired();
        builder.Property(d => d.ShortName).HasMaxLength(50).IsRequired();
        builder.Property(d => d.Path).HasMaxLength(800).IsRequired();
        builder.HasIndex(d => d.Path);
        builder.HasIndex(d => d.ParentId);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
