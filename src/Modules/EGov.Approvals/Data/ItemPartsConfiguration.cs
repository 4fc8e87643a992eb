using EGov.Approvals.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Approvals.Data;

internal sealed class RequiredMaterialConfiguration : IEntityTypeConfiguration<RequiredMaterial>
{
    public void Configure(EntityTypeBuilder<RequiredMaterial> builder)
    {
        builder.ToTable("approvals_item_materials");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.SourceNote).HasMaxLength(300);
        builder.Property(m => m.PaperSpec).HasMaxLength(100);
        builder.Property(m => m.MaterialType).HasMaxLength(60);
        builder.Property(m => m.Instructions).HasMaxLength(2000);
        builder.Property(m => m.Note).HasMaxLength(1000);
    }
}

internal sealed class ProcessStepConfiguration : IEntityTypeConfiguration<ProcessStep>
{
    public void Configure(EntityTypeBuilder<ProcessStep> builder)
    {
        builder.ToTable("approvals_item_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(1000);
    }
}

internal sealed class FormFieldConfiguration : IEntityTypeConfiguration<FormField>
{
    public void Configure(EntityTypeBuilder<FormField> builder)
    {
        builder.ToTable("approvals_item_fields");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Key).HasMaxLength(60);
        builder.Property(f => f.Label).HasMaxLength(200);
        builder.Property(f => f.Help).HasMaxLength(500);
        builder.HasIndex(f => new { f.ItemId, f.Key }).IsUnique();
    }
}
