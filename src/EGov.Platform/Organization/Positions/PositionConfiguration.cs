using EGov.Platform.Identity;
using EGov.Platform.Organization.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Organization.Positions;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("plat_positions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(50).IsRequired();
        builder.HasIndex(p => new { p.UserId, p.DepartmentId }).IsUnique();
        builder.HasIndex(p => p.DepartmentId);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
