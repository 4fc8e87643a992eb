using EGov.Disclosure.Domain.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<DisclosureDispute>
{
    public void Configure(EntityTypeBuilder<DisclosureDispute> builder)
    {
        builder.ToTable("disclosure_disputes");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.RequestId);
        builder.HasIndex(d => new { d.AgencyId, d.FiledOn });
        builder.Property(d => d.Authority).HasMaxLength(200);
        builder.Property(d => d.CaseNumber).HasMaxLength(100);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
