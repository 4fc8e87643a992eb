using EGov.Documents.Packages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Documents.Data;

internal sealed class ExternalAgencyConfiguration : IEntityTypeConfiguration<ExternalAgency>
{
    public void Configure(EntityTypeBuilder<ExternalAgency> builder)
    {
        builder.ToTable("doc_external_agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.SignCertificate).HasMaxLength(4096);
        builder.Property(a => a.EncryptCertificate).HasMaxLength(4096);
        builder.Property(a => a.SignCertificateSm3).HasMaxLength(64);
        builder.Property(a => a.RegisteredByName).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Bundle);
        builder.HasIndex(a => a.SignCertificateSm3);
        builder.HasIndex(a => a.Name);
    }
}
