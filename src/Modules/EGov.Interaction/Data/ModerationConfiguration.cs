using EGov.Interaction.Domain.Moderation;
using EGov.Interaction.Domain.Open311;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Interaction.Data;

internal sealed class ModerationConfiguration : IEntityTypeConfiguration<SensitiveWord>, IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<SensitiveWord> builder)
    {
        builder.ToTable("interaction_sensitive_words");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Word).HasMaxLength(50);
        builder.HasIndex(w => w.Word).IsUnique();
        builder.Property(w => w.AddedBy).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("interaction_api_clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Contact).HasMaxLength(200);
        builder.Property(c => c.KeyHash).HasMaxLength(64);
        builder.HasIndex(c => c.KeyHash).IsUnique();
        builder.Property(c => c.KeyPrefix).HasMaxLength(12);
        builder.Property(c => c.IssuedBy).HasMaxLength(100);
        builder.Property(c => c.RevokedBy).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
