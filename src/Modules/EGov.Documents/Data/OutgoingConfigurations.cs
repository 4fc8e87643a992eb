using EGov.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Documents.Data;

internal sealed class OfficialDocumentConfiguration : IEntityTypeConfiguration<OfficialDocument>
{
    public void Configure(EntityTypeBuilder<OfficialDocument> builder)
    {
        builder.ToTable("doc_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.DrafterName).HasMaxLength(100);
        builder.Property(d => d.SealedSm3).HasMaxLength(64);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Secrecy).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Retention).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Publicity).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.PortalUrl).HasMaxLength(300);
        builder.Property(d => d.CopyNumber).HasMaxLength(6);
        builder.Property(d => d.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.AgencyMark).HasMaxLength(100);
        builder.Property(d => d.AgencyCode).HasMaxLength(20);
        builder.Property(d => d.DocumentNumber).HasMaxLength(60);
        builder.Property(d => d.Signer).HasMaxLength(100);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.MainRecipients).HasMaxLength(500);
        builder.Property(d => d.CopyRecipients).HasMaxLength(1000);
        builder.Property(d => d.Body).HasMaxLength(100_000);
        builder.Property(d => d.SignatureAgency).HasMaxLength(100);
        builder.Property(d => d.Remarks).HasMaxLength(500);
        builder.Property(d => d.PrintingAgency).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.IsEditable);
        builder.Ignore(d => d.IsClassified);
        builder.HasMany(d => d.Attachments).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);

        // A 发文字号 is given once (条例 Art. 25(二)); the index makes a double issue fail instead of printing it twice.
        builder.HasIndex(d => d.DocumentNumber).IsUnique();
        builder.HasIndex(d => new { d.State, d.DepartmentId });
        builder.HasIndex(d => d.AgencyId);
        builder.HasIndex(d => d.DispatchDepartmentId);
        builder.HasIndex(d => d.DrafterId);
        builder.HasIndex(d => d.UpdatedAt);
    }
}

internal sealed class DocumentAttachmentConfiguration : IEntityTypeConfiguration<DocumentAttachment>
{
    public void Configure(EntityTypeBuilder<DocumentAttachment> builder)
    {
        builder.ToTable("doc_document_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => new { a.DocumentId, a.Order });
    }
}

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.ToTable("doc_opinions");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Step).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Text).HasMaxLength(2000);
        builder.Property(o => o.PersonName).HasMaxLength(100);
        builder.Property(o => o.DepartmentName).HasMaxLength(100);
        builder.HasIndex(o => new { o.DocumentId, o.At });
        builder.HasOne<OfficialDocument>().WithMany().HasForeignKey(o => o.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CountersignConfiguration : IEntityTypeConfiguration<Countersign>
{
    public void Configure(EntityTypeBuilder<Countersign> builder)
    {
        builder.ToTable("doc_countersigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.DepartmentName).HasMaxLength(100);
        builder.HasIndex(c => new { c.DocumentId, c.Round, c.DepartmentId }).IsUnique();
        builder.HasIndex(c => c.DepartmentId);
        builder.HasOne<OfficialDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DistributionConfiguration : IEntityTypeConfiguration<Distribution>
{
    public void Configure(EntityTypeBuilder<Distribution> builder)
    {
        builder.ToTable("doc_distributions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.DocumentId);
        builder.HasIndex(d => d.DepartmentId);
        builder.HasOne<OfficialDocument>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentTemplateConfiguration : IEntityTypeConfiguration<DocumentTemplate>
{
    public void Configure(EntityTypeBuilder<DocumentTemplate> builder)
    {
        builder.ToTable("doc_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.AgencyMark).HasMaxLength(100);
        builder.Property(t => t.AgencyCode).HasMaxLength(20);
        builder.Property(t => t.DefaultType).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.DefaultDirection).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.MainRecipients).HasMaxLength(500);
        builder.Property(t => t.CopyRecipients).HasMaxLength(1000);
        builder.Property(t => t.SignatureAgency).HasMaxLength(100);
        builder.Property(t => t.PrintingAgency).HasMaxLength(100);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.AgencyId);
        builder.HasIndex(t => new { t.AgencyId, t.Name }).IsUnique();
    }
}
