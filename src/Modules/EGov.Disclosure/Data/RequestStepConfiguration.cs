using EGov.Disclosure.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class RequestStepConfiguration : IEntityTypeConfiguration<RequestStep>
{
    public void Configure(EntityTypeBuilder<RequestStep> builder)
    {
        builder.ToTable("disclosure_request_steps");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.RequestId, s.At });
        builder.Property(s => s.Kind).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(100);
        builder.Property(s => s.PublicNote).HasMaxLength(4000);
        builder.Property(s => s.InternalNote).HasMaxLength(4000);
        builder.Property(s => s.ActorName).HasMaxLength(100);
    }
}
