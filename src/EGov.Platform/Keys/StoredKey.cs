using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Keys;

/// <summary>An SM2 key pair of an owner; the private key is SM4-GCM sealed under the key-store key (AAD = <see cref="KeyId"/>).</summary>
internal sealed class StoredKey
{
    public const string Sm2Algorithm = "SM2";

    public string KeyId { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Algorithm { get; set; } = Sm2Algorithm;

    /// <summary>Uncompressed point <c>04 ‖ X ‖ Y</c>.</summary>
    public byte[] PublicKey { get; set; } = [];

    /// <summary><c>nonce ‖ ciphertext ‖ tag</c> of the 32-byte private scalar.</summary>
    public byte[] EncryptedPrivateKey { get; set; } = [];

    public byte[] CertificateDer { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime? RetiredAt { get; set; }
    public long Version { get; set; }
}

internal sealed class StoredKeyConfiguration : IEntityTypeConfiguration<StoredKey>
{
    public void Configure(EntityTypeBuilder<StoredKey> builder)
    {
        builder.ToTable("plat_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasMaxLength(64);
        builder.Property(k => k.Owner).HasMaxLength(64);
        builder.Property(k => k.Algorithm).HasMaxLength(16);
        builder.Property(k => k.Version).IsConcurrencyToken();

        // At most one active key per owner, even when two requests create an owner's first key at once.
        builder.HasIndex(k => k.Owner).IsUnique().HasFilter("\"RetiredAt\" IS NULL").HasDatabaseName("ux_plat_keys_active_owner");
        builder.HasIndex(k => new { k.Owner, k.CreatedAt });
    }
}
