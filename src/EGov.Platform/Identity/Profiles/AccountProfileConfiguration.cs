using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Identity.Profiles;

/// <summary>
/// PERSONAL DATA (等保 8.1.4.8 b, 8.1.4.11): ResidentIdNumber, UnifiedSocialCreditCode, LegalRepresentative, Mobile and
/// Address are to be encrypted at rest with SM4-GCM through the platform's <c>IsPersonalData()</c> property builder,
/// and the <c>…Index</c> columns filled with its keyed blind index. Both arrive with the personal-data branch; until
/// then these are plain string columns (length allows for the ciphertext) and <see cref="ProfileIndex"/> stands in.
/// </summary>
internal sealed class AccountProfileConfiguration : IEntityTypeConfiguration<AccountProfile>
{
    public void Configure(EntityTypeBuilder<AccountProfile> builder)
    {
        builder.ToTable("plat_account_profiles");
        builder.HasKey(p => p.UserId);
        builder.HasOne<UserAccount>().WithOne().HasForeignKey<AccountProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(p => p.ResidentIdNumber).HasMaxLength(200);
        builder.Property(p => p.UnifiedSocialCreditCode).HasMaxLength(200);
        builder.Property(p => p.LegalRepresentative).HasMaxLength(300);
        builder.Property(p => p.Mobile).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Address).HasMaxLength(1000);

        builder.Property(p => p.ResidentIdIndex).HasMaxLength(128);
        builder.Property(p => p.CreditCodeIndex).HasMaxLength(128);
        builder.Property(p => p.MobileIndex).HasMaxLength(128).IsRequired();
        builder.HasIndex(p => p.ResidentIdIndex).IsUnique();
        builder.HasIndex(p => p.CreditCodeIndex).IsUnique();
        builder.HasIndex(p => p.MobileIndex).IsUnique();
    }
}
