using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Calendar.Data;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("plat_calendar_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Notice).HasMaxLength(200);
        builder.Property(y => y.Version).IsConcurrencyToken();
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("plat_calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.HasIndex(d => d.Year);
    }
}
