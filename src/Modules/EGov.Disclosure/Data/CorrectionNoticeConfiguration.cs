using EGov.Disclosure.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class CorrectionNoticeConfiguration : IEntityTypeConfiguration<CorrectionNotice>
{
    public void Configure(EntityTypeBuilder<CorrectionNotice> builder)
    {
        builder.ToTable("disclosure_correction_notices");
        builder.HasKey(c => c.Id);

        // 条例 第三十条: one correction notice per request (一次性告知), enforced by the database too.
        builder.HasIndex(c => c.RequestId).IsUnique();
        builder.HasIndex(c => new { c.CorrectedOn, c.Deadline });
        builder.Property(c => c.Items).HasMaxLength(4000);
        builder.Property(c => c.CorrectedDescription).HasMaxLength(4000);
    }
}
