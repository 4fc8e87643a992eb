using EGov.Oversight.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Oversight.Data;

internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> builder)
    {
        builder.ToTable("ovs_cards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Rule).HasMaxLength(60);
        builder.Property(c => c.Cause).HasMaxLength(100);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Module).HasMaxLength(40);
        builder.Property(c => c.CaseType).HasMaxLength(60);
        builder.Property(c => c.CaseId).HasMaxLength(100);
        builder.Property(c => c.Item).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.CaseUrl).HasMaxLength(300);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.Evidence).HasMaxLength(4000);
        builder.Property(c => c.Explanation).HasMaxLength(4000);
        builder.Property(c => c.AnsweredByName).HasMaxLength(100);
        builder.Property(c => c.Decision).HasMaxLength(2000);
        builder.Property(c => c.ClosedByName).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);

        // Nothing is raised twice for the same cause: the scan's INSERT … SELECT skips existing pairs.
        builder.HasIndex(c => new { c.Rule, c.Cause }).IsUnique();
        builder.HasIndex(c => new { c.State, c.Level, c.DepartmentId });
        builder.HasIndex(c => new { c.Module, c.CaseId });
        builder.HasIndex(c => c.ClockId);
        builder.HasIndex(c => c.RaisedOn);
        builder.HasIndex(c => c.InInbox);
    }
}

internal sealed class CardUrgeConfiguration : IEntityTypeConfiguration<CardUrge>
{
    public void Configure(EntityTypeBuilder<CardUrge> builder)
    {
        builder.ToTable("ovs_card_urges");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Note).HasMaxLength(1000);
        builder.Property(u => u.ByName).HasMaxLength(100);
        builder.HasIndex(u => u.CardId);
        builder.HasOne<Card>().WithMany().HasForeignKey(u => u.CardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RuleSettingConfiguration : IEntityTypeConfiguration<RuleSetting>
{
    public void Configure(EntityTypeBuilder<RuleSetting> builder)
    {
        builder.ToTable("ovs_rule_settings");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(60);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.UpdatedBy).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
