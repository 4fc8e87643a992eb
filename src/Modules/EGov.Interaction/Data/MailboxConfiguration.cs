using EGov.Interaction.Domain.Mailboxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Interaction.Data;

internal sealed class MailboxConfiguration : IEntityTypeConfiguration<Mailbox>, IEntityTypeConfiguration<RoutingRule>, IEntityTypeConfiguration<ReplyTemplate>
{
    public void Configure(EntityTypeBuilder<Mailbox> builder)
    {
        builder.ToTable("interaction_mailboxes");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.Description).HasMaxLength(2000);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.ToTable("interaction_routing_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Keywords).HasMaxLength(1000);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.KeywordList);
    }

    public void Configure(EntityTypeBuilder<ReplyTemplate> builder)
    {
        builder.ToTable("interaction_reply_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Body).HasMaxLength(10000);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.DepartmentId);
    }
}
