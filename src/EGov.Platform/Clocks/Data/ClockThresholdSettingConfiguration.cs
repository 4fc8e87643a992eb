using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Clocks.Data;

internal sealed class ClockThresholdSettingConfiguration : IEntityTypeConfiguration<ClockThresholdSetting>
{
    public void Configure(EntityTypeBuilder<ClockThresholdSetting> builder)
    {
        builder.ToTable("plat_clock_thresholds");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Thresholds);
    }
}
