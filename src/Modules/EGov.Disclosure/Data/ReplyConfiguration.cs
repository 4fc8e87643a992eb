using EGov.Disclosure.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> builder)
    {
        builder.ToTable("disclosure_replies");
        builder.HasKey(r => r.RequestId);
        builder.HasOne<DisclosureRequest>().WithOne().HasForeignKey<Reply>(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Text).HasMaxLength(8000);
        builder.Property(r => r.WhereToObtain).HasMaxLength(1000);
        builder.Property(r => r.ResponsibleAgency).HasMaxLength(500);
        builder.Property(r => r.DeliveryNote).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
