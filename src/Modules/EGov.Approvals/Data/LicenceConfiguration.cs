using EGov.Approvals.Domain.Licences;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Approvals.Data;

/// <summary>PERSONAL DATA: the holder's identity number is stored encrypted.</summary>
internal sealed class LicenceConfiguration : IEntityTypeConfiguration<ELicence>
{
    public void Configure(EntityTypeBuilder<ELicence> builder)
    {
        builder.ToTable("approvals_licences");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Number).HasMaxLength(60);
        builder.HasIndex(l => l.Number).IsUnique();
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.HolderName).HasMaxLength(200);
        builder.Property(l => l.HolderIdentityNumber).HasMaxLength(200).IsPersonalData();
        builder.Property(l => l.Data).HasMaxLength(8000);
        builder.Property(l => l.RevocationReason).HasMaxLength(1000);
        builder.Property(l => l.KeyId).HasMaxLength(100);
        builder.Property(l => l.PdfHash).HasMaxLength(64);
        builder.HasIndex(l => l.PdfHash);
        builder.Property(l => l.Signature).HasMaxLength(400);
        builder.Property(l => l.VerificationCode).HasMaxLength(64);
        builder.HasIndex(l => l.VerificationCode).IsUnique();
        builder.HasIndex(l => l.ApplicationId);
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}
