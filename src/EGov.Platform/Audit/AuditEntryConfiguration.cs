using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("plat_audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => e.Time);
        builder.HasIndex(e => e.UserId);
        builder.HasIndex(e => e.Action);
        builder.Property(e => e.UserId).HasMaxLength(AuditLimits.Short);
        builder.Property(e => e.UserName).HasMaxLength(AuditLimits.Short);
        builder.Property(e => e.DepartmentName).HasMaxLength(AuditLimits.Short);
        builder.Property(e => e.Ip).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(AuditLimits.Short);
        builder.Property(e => e.ObjectType).HasMaxLength(AuditLimits.Short);
        builder.Property(e => e.ObjectId).HasMaxLength(AuditLimits.Short);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Detail).HasMaxLength(AuditLimits.Detail);
        builder.Property(e => e.RequestId).HasMaxLength(AuditLimits.Short);
        builder.Property(e => e.LeafHash).HasMaxLength(32);
    }
}
