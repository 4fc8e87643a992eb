using EGov.Approvals.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Approvals.Data;

internal sealed class ApplicationStepConfiguration : IEntityTypeConfiguration<ApplicationStep>
{
    public void Configure(EntityTypeBuilder<ApplicationStep> builder)
    {
        builder.ToTable("approvals_application_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Kind).HasMaxLength(60);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.PublicNote).HasMaxLength(4000);
        builder.Property(s => s.InternalNote).HasMaxLength(4000);
        builder.Property(s => s.ActorName).HasMaxLength(100);
        builder.HasIndex(s => new { s.ApplicationId, s.At });
    }
}

internal sealed class ApplicationMaterialConfiguration : IEntityTypeConfiguration<ApplicationMaterial>
{
    public void Configure(EntityTypeBuilder<ApplicationMaterial> builder)
    {
        builder.ToTable("approvals_application_materials");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.Problem).HasMaxLength(1000);
        builder.HasIndex(m => m.ApplicationId);
    }
}

internal sealed class CorrectionNoticeConfiguration : IEntityTypeConfiguration<CorrectionNotice>
{
    public void Configure(EntityTypeBuilder<CorrectionNotice> builder)
    {
        builder.ToTable("approvals_correction_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Note).HasMaxLength(2000);
        builder.Property(n => n.SupplyNote).HasMaxLength(2000);
        builder.OwnsMany(n => n.Entries, e => e.ToJson("entries"));
        builder.HasIndex(n => n.ApplicationId);
    }
}

internal sealed class SpecialProcedureConfiguration : IEntityTypeConfiguration<SpecialProcedure>
{
    public void Configure(EntityTypeBuilder<SpecialProcedure> builder)
    {
        builder.ToTable("approvals_special_procedures");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reason).HasMaxLength(40);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.Outcome).HasMaxLength(2000);
        builder.HasIndex(p => p.ApplicationId);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("approvals_application_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.HasIndex(d => d.ApplicationId);
    }
}

internal sealed class ExtensionConfiguration : IEntityTypeConfiguration<Extension>
{
    public void Configure(EntityTypeBuilder<Extension> builder)
    {
        builder.ToTable("approvals_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.DecisionNote).HasMaxLength(2000);
        builder.HasIndex(e => e.ApplicationId);
    }
}
