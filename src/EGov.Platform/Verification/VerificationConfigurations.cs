using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Verification;

internal sealed class StoredCaptchaConfiguration : IEntityTypeConfiguration<StoredCaptcha>
{
    public void Configure(EntityTypeBuilder<StoredCaptcha> builder)
    {
        builder.ToTable("plat_captcha_challenges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.AnswerHash).HasMaxLength(64);
        builder.HasIndex(c => c.ExpiresAt);
    }
}

internal sealed class PhoneVerificationConfiguration : IEntityTypeConfiguration<PhoneVerification>
{
    public void Configure(EntityTypeBuilder<PhoneVerification> builder)
    {
        builder.ToTable("plat_phone_verifications");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.PhoneHash).HasMaxLength(64);
        builder.Property(v => v.Purpose).HasMaxLength(60);
        builder.Property(v => v.CodeHash).HasMaxLength(64);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => new { v.PhoneHash, v.SentAt });
    }
}
