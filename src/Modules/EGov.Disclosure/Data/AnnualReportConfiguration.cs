using EGov.Disclosure.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("disclosure_annual_reports");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
        builder.Property(r => r.Overview).HasMaxLength(20000);
        builder.Property(r => r.Problems).HasMaxLength(20000);
        builder.Property(r => r.OtherMatters).HasMaxLength(20000);
        builder.Property(r => r.FeeAmountTenThousandYuan).HasPrecision(14, 4);
        builder.Property(r => r.PublishedTables).HasMaxLength(200000);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
