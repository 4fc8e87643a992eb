using EGov.Disclosure.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class RequestDocumentConfiguration : IEntityTypeConfiguration<RequestDocument>
{
    public void Configure(EntityTypeBuilder<RequestDocument> builder)
    {
        builder.ToTable("disclosure_request_documents");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.RequestId);
        builder.HasIndex(d => d.AttachmentId);
        builder.Property(d => d.Title).HasMaxLength(200);
    }
}
