using EGov.Documents.Packages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Documents.Data;

internal sealed class ExchangeLogConfiguration : IEntityTypeConfiguration<ExchangeLog>
{
    public void Configure(EntityTypeBuilder<ExchangeLog> builder)
    {
        builder.ToTable("doc_exchange_log");

        // The package id is the key: importing the same package twice fails on it, even when two people try at once.
        builder.HasKey(l => new { l.PackageId, l.IsImport });
        builder.Property(l => l.Agency).HasMaxLength(200);
        builder.Property(l => l.DocumentNumber).HasMaxLength(100);
        builder.Property(l => l.Title).HasMaxLength(300);
        builder.Property(l => l.PackageSm3).HasMaxLength(64);
        builder.Property(l => l.ByName).HasMaxLength(100);
        builder.HasIndex(l => l.DocumentId);
        builder.HasIndex(l => l.At);
    }
}
