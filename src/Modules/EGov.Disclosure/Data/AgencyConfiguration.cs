using EGov.Disclosure.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<DisclosureAgency>
{
    public void Configure(EntityTypeBuilder<DisclosureAgency> builder)
    {
        builder.ToTable("disclosure_agencies");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.DepartmentId).IsUnique();
        builder.Property(a => a.IndexCode).HasMaxLength(40);
        builder.Property(a => a.IndexNumberFormat).HasMaxLength(100);
        builder.Property(a => a.OfficeName).HasMaxLength(100);
        builder.Property(a => a.Address).HasMaxLength(200);
        builder.Property(a => a.PostalCode).HasMaxLength(10);
        builder.Property(a => a.OfficeHours).HasMaxLength(200);
        builder.Property(a => a.Phone).HasMaxLength(50);
        builder.Property(a => a.Fax).HasMaxLength(50);
        builder.Property(a => a.Email).HasMaxLength(100);
        builder.Property(a => a.GuideText).HasMaxLength(20000);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
