using EGov.Interaction.Domain.Letters;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Interaction.Data;

/// <summary>PERSONAL DATA: the writer's phone and address are stored encrypted (SM4-GCM).</summary>
internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> builder)
    {
        builder.ToTable("interaction_letters");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Number).HasMaxLength(40);
        builder.HasIndex(l => l.Number).IsUnique();
        builder.Property(l => l.QueryCodeHash).HasMaxLength(64);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Satisfaction).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Subject).HasMaxLength(200);
        builder.Property(l => l.Content).HasMaxLength(10000);
        builder.Property(l => l.WriterName).HasMaxLength(100);
        builder.Property(l => l.WriterPhone).HasMaxLength(200).IsPersonalData();
        builder.Property(l => l.WriterEmail).HasMaxLength(200);
        builder.Property(l => l.WriterAddress).HasMaxLength(1000).IsPersonalData();
        builder.Property(l => l.Location).HasMaxLength(500);
        builder.Property(l => l.DeviceId).HasMaxLength(200);
        builder.Property(l => l.MediaUrl).HasMaxLength(1000);
        builder.Property(l => l.Open311Token).HasMaxLength(64);
        builder.HasIndex(l => l.Open311Token).IsUnique();
        builder.Property(l => l.SensitiveWords).HasMaxLength(500);
        builder.Property(l => l.ReplyContent).HasMaxLength(10000);
        builder.Property(l => l.ReplyingDepartmentName).HasMaxLength(100);
        builder.Property(l => l.RejectionReason).HasMaxLength(1000);
        builder.Property(l => l.PublicSubject).HasMaxLength(200);
        builder.Property(l => l.PublicContent).HasMaxLength(10000);
        builder.Property(l => l.PublicReply).HasMaxLength(10000);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => new { l.MailboxDepartmentId, l.State });
        builder.HasIndex(l => new { l.HandlingDepartmentId, l.State });
        builder.HasIndex(l => l.WriterAccountId);
        builder.HasIndex(l => new { l.IsPublished, l.PublishedAt });
        builder.HasIndex(l => l.SubmittedAt);
    }
}
