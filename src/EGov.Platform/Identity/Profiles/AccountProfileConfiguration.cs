using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Identity.Profiles;

/// <summary>
/// PERSONAL DATA (等保 8.1.4.8 b, 8.1.4.11; GB/T 39786 §8.4): the registered identifiers, names, mobile and address are
/// stored encrypted with SM4-GCM; the <c>…Index</c> columns hold their keyed blind index (HMAC-SM3) for exact lookups.
/// </summary>
internal sealed class AccountProfileConfiguration : IEntityTypeConfiguration<AccountProfile>
{
    public void Configure(EntityTypeBuilder<AccountProfile> builder)
    {
        builder.ToTable("plat_account_profiles");
        builder.HasKey(p => p.UserId);
        builder.HasOne<UserAccount>().WithOne().HasForeignKey<AccountProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(p => p.ResidentIdNumber).HasMaxLength(200).IsPersonalData();
        builder.Property(p => p.UnifiedSocialCreditCode).HasMaxLength(200).IsPersonalData();
        builder.Property(p => p.LegalRepresentative).HasMaxLength(300).IsPersonalData();
        builder.Property(p => p.Mobile).HasMaxLength(200).IsRequired().IsPersonalData();
        builder.Property(p => p.Address).HasMaxLength(1500).IsPersonalData();

        builder.Property(p => p.ResidentIdIndex).HasMaxLength(128);
        builder.Property(p => p.CreditCodeIndex).HasMaxLength(128);
        builder.Property(p => p.MobileIndex).HasMaxLength(128).IsRequired();
        builder.HasIndex(p => p.ResidentIdIndex).IsUnique();
        builder.HasIndex(p => p.CreditCodeIndex).IsUnique();
        builder.HasIndex(p => p.MobileIndex).IsUnique();
    }
}
