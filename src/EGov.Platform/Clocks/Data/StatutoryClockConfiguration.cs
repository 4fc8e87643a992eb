using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Clocks.Data;

internal sealed class StatutoryClockConfiguration : IEntityTypeConfiguration<StatutoryClock>
{
    public void Configure(EntityTypeBuilder<StatutoryClock> builder)
    {
        builder.ToTable("plat_clocks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Module).HasMaxLength(40);
        builder.Property(c => c.CaseType).HasMaxLength(60);
        builder.Property(c => c.CaseId).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Item).HasMaxLength(200);
        builder.Property(c => c.LimitUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.WarningLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Limit);
        builder.Ignore(c => c.EffectiveLimit);
        builder.Ignore(c => c.OpenPause);
        builder.HasIndex(c => new { c.Module, c.CaseType, c.CaseId });
        builder.HasIndex(c => new { c.State, c.DueAt });
        builder.HasIndex(c => new { c.State, c.WarningLevel, c.DepartmentId });
        builder.HasIndex(c => new { c.State, c.WarningLevel, c.DueAt });
        builder.HasIndex(c => new { c.State, c.WarningLevel, c.WarningAt });
        builder.HasIndex(c => new { c.State, c.Module, c.CaseType, c.DepartmentId, c.WarningLevel });

        builder.OwnsMany(c => c.Pauses, pause =>
        {
            pause.ToTable("plat_clock_pauses");
            pause.WithOwner().HasForeignKey("ClockId");
            pause.HasKey(x => x.Id);
            pause.Property(x => x.Id).ValueGeneratedNever();
            pause.Property(p => p.Reason).HasMaxLength(40);
            pause.Property(p => p.Note).HasMaxLength(500);
        });
        builder.OwnsMany(c => c.Extensions, extension =>
        {
            extension.ToTable("plat_clock_extensions");
            extension.WithOwner().HasForeignKey("ClockId");
            extension.HasKey(x => x.Id);
            extension.Property(x => x.Id).ValueGeneratedNever();
            extension.Property(e => e.Reason).HasMaxLength(500);
            extension.Property(e => e.ApprovedBy).HasMaxLength(100);
        });
    }
}

internal sealed class ClockEventConfiguration : IEntityTypeConfiguration<ClockEvent>
{
    public void Configure(EntityTypeBuilder<ClockEvent> builder)
    {
        builder.ToTable("plat_clock_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(30);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasIndex(e => new { e.ClockId, e.At });
        builder.HasOne<StatutoryClock>().WithMany().HasForeignKey(e => e.ClockId).OnDelete(DeleteBehavior.Cascade);
    }
}
