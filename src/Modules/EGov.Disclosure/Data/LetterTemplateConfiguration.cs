using EGov.Disclosure.Domain.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> builder)
    {
        builder.ToTable("disclosure_letter_templates");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.AgencyId, t.Kind }).IsUnique();
        builder.Property(t => t.Kind).HasMaxLength(60);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Body).HasMaxLength(20000);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
