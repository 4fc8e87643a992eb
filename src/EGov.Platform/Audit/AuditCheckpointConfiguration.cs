using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Audit;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("plat_audit_checkpoints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.HasIndex(c => c.TreeSize).IsUnique();
        builder.Property(c => c.RootHash).HasMaxLength(32);
        builder.Property(c => c.KeyId).HasMaxLength(AuditLimits.Short);
        builder.Property(c => c.Signature).HasMaxLength(128);
    }
}
