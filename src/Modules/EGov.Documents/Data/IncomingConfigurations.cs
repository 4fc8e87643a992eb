using EGov.Documents.Domain.Incoming;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Documents.Data;

internal sealed class IncomingDocumentConfiguration : IEntityTypeConfiguration<IncomingDocument>
{
    public void Configure(EntityTypeBuilder<IncomingDocument> builder)
    {
        builder.ToTable("doc_incoming");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.RecipientRole).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.SenderAgency).HasMaxLength(200);
        builder.Property(d => d.SourceReference).HasMaxLength(100);
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Secrecy).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.ReceivedByName).HasMaxLength(100);
        builder.Property(d => d.IncomingNumber).HasMaxLength(60);
        builder.Property(d => d.HandlingKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ReturnReason).HasMaxLength(2000);
        builder.Property(d => d.Proposal).HasMaxLength(2000);
        builder.Property(d => d.Instruction).HasMaxLength(2000);
        builder.Property(d => d.InstructedByName).HasMaxLength(100);
        builder.Property(d => d.Conclusion).HasMaxLength(4000);
        builder.Property(d => d.Retention).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.DepartmentId, d.State, d.DeliveredAt });
        builder.HasIndex(d => new { d.LeadDepartmentId, d.State });
        builder.HasIndex(d => d.SourceReference);
        builder.HasIndex(d => new { d.SenderDepartmentId, d.State });
    }
}

internal sealed class IncomingStepConfiguration : IEntityTypeConfiguration<IncomingStep>
{
    public void Configure(EntityTypeBuilder<IncomingStep> builder)
    {
        builder.ToTable("doc_incoming_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Step).HasMaxLength(30);
        builder.Property(s => s.ByName).HasMaxLength(100);
        builder.Property(s => s.Text).HasMaxLength(4000);
        builder.HasIndex(s => new { s.DocumentId, s.At });
        builder.HasOne<IncomingDocument>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CirculationConfiguration : IEntityTypeConfiguration<Circulation>
{
    public void Configure(EntityTypeBuilder<Circulation> builder)
    {
        builder.ToTable("doc_incoming_circulations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ReaderName).HasMaxLength(100);
        builder.Property(c => c.SentByName).HasMaxLength(100);
        builder.Property(c => c.Remark).HasMaxLength(1000);
        // One line per reader: circulating again to the same person is refused, not doubled.
        builder.HasIndex(c => new { c.DocumentId, c.ReaderId }).IsUnique();
        builder.HasIndex(c => new { c.ReaderId, c.ReadAt });
        builder.HasOne<IncomingDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssistingUnitConfiguration : IEntityTypeConfiguration<AssistingUnit>
{
    public void Configure(EntityTypeBuilder<AssistingUnit> builder)
    {
        builder.ToTable("doc_incoming_assisting_units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Opinion).HasMaxLength(2000);
        builder.Property(u => u.OpinionByName).HasMaxLength(100);
        builder.HasIndex(u => new { u.DocumentId, u.DepartmentId }).IsUnique();
        builder.HasIndex(u => u.DepartmentId);
        builder.HasOne<IncomingDocument>().WithMany().HasForeignKey(u => u.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
