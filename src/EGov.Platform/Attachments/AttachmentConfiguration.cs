using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("plat_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Module).HasMaxLength(40);
        builder.Property(a => a.CaseId).HasMaxLength(80);
        builder.Property(a => a.OriginalName).HasMaxLength(AttachmentFileName.MaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sm3).HasMaxLength(64);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Module, a.CaseId });
    }
}
