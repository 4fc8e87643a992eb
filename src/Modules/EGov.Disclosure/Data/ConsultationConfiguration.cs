using EGov.Disclosure.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("disclosure_consultations");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.RequestId);
        builder.Property(c => c.PartyName).HasMaxLength(200);
        builder.Property(c => c.Question).HasMaxLength(4000);
        builder.Property(c => c.AnswerText).HasMaxLength(4000);
    }
}
