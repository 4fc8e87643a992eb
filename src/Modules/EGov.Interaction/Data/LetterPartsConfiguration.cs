using EGov.Interaction.Domain.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Interaction.Data;

internal sealed class LetterPartsConfiguration :
    IEntityTypeConfiguration<LetterStep>,
    IEntityTypeConfiguration<LetterNote>,
    IEntityTypeConfiguration<LetterReply>,
    IEntityTypeConfiguration<LetterRating>,
    IEntityTypeConfiguration<LetterExtension>,
    IEntityTypeConfiguration<LetterAttachment>
{
    public void Configure(EntityTypeBuilder<LetterStep> builder)
    {
        builder.ToTable("interaction_letter_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Kind).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.ActorName).HasMaxLength(100);
        builder.Property(s => s.PublicNote).HasMaxLength(4000);
        builder.Property(s => s.InternalNote).HasMaxLength(4000);
        builder.Property(s => s.StateAfter).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.LetterId, s.At });
    }

    public void Configure(EntityTypeBuilder<LetterNote> builder)
    {
        builder.ToTable("interaction_letter_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.AuthorName).HasMaxLength(100);
        builder.HasIndex(n => n.LetterId);
    }

    public void Configure(EntityTypeBuilder<LetterReply> builder)
    {
        builder.ToTable("interaction_letter_replies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Content).HasMaxLength(10000);
        builder.Property(r => r.DraftedByName).HasMaxLength(100);
        builder.Property(r => r.ReviewerName).HasMaxLength(100);
        builder.Property(r => r.ReviewNote).HasMaxLength(2000);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.LetterId);
    }

    public void Configure(EntityTypeBuilder<LetterRating> builder)
    {
        builder.ToTable("interaction_letter_ratings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Satisfaction).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.HasIndex(r => new { r.LetterId, r.Round }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<LetterExtension> builder)
    {
        builder.ToTable("interaction_letter_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.RequestedByName).HasMaxLength(100);
        builder.Property(e => e.DecidedByName).HasMaxLength(100);
        builder.Property(e => e.DecisionNote).HasMaxLength(2000);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => e.LetterId);
    }

    public void Configure(EntityTypeBuilder<LetterAttachment> builder)
    {
        builder.ToTable("interaction_letter_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(260);
        builder.HasIndex(a => a.LetterId);
    }
}
