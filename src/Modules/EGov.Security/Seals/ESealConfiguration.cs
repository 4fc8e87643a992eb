using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Security.Seals;

internal sealed class ESealConfiguration : IEntityTypeConfiguration<ESeal>
{
    public void Configure(EntityTypeBuilder<ESeal> builder)
    {
        builder.ToTable("sec_seals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(48);
        builder.Property(s => s.Name).HasMaxLength(80);
        builder.Property(s => s.KeyOwner).HasMaxLength(64);
        builder.Property(s => s.KeyId).HasMaxLength(64);
        builder.Property(s => s.CertificateSm3).HasMaxLength(64);
        builder.Property(s => s.CreatedBy).HasMaxLength(64);
        builder.Property(s => s.RevokedBy).HasMaxLength(64);
        builder.Property(s => s.RevocationReason).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsRevoked);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.CertificateSm3);
        builder.HasIndex(s => s.DepartmentId);
    }
}
