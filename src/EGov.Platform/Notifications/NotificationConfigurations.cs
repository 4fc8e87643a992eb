using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Notifications;

internal sealed class SiteMessageConfiguration : IEntityTypeConfiguration<SiteMessage>
{
    public void Configure(EntityTypeBuilder<SiteMessage> builder)
    {
        builder.ToTable("plat_site_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Module).HasMaxLength(40);
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.Url).HasMaxLength(500);
        builder.HasIndex(m => new { m.AccountId, m.CreatedAt });
    }
}

/// <summary>PERSONAL DATA: the recipient's phone number or e-mail address is stored encrypted.</summary>
internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> builder)
    {
        builder.ToTable("plat_outgoing_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Property(m => m.Module).HasMaxLength(40);
        builder.Property(m => m.Recipient).HasMaxLength(400).IsPersonalData();
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.Result).HasMaxLength(1000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.State, m.CreatedAt });
        builder.HasIndex(m => new { m.State, m.ClaimedUntil });
    }
}
