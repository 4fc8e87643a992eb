using EGov.Disclosure.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class FeeNoticeConfiguration : IEntityTypeConfiguration<FeeNotice>
{
    public void Configure(EntityTypeBuilder<FeeNotice> builder)
    {
        builder.ToTable("disclosure_fee_notices");
        builder.HasKey(f => f.Id);

        // 国办函〔2020〕109号 第三条: one mode per request, never both.
        builder.HasIndex(f => f.RequestId).IsUnique();
        builder.HasIndex(f => new { f.PaidOn, f.PayBy });
        builder.Property(f => f.Amount).HasPrecision(12, 2);
        builder.Property(f => f.PaymentReference).HasMaxLength(100);
    }
}
