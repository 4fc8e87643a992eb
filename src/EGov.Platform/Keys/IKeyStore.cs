using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.Platform.Keys;

/// <summary>
/// SM2 key pairs of the platform (<see cref="PlatformOwner"/>) and of each department (owner = department code).
/// Private keys live in the database encrypted with SM4-GCM under the master key; each key has an X.509 certificate
/// (SM3withSM2) issued by the platform's internal CA. Rotation retires a key but keeps its public part for verification.
/// </summary>
public interface IKeyStore
{
    const string PlatformOwner = "platform";

    /// <summary>The owner's active signing key; created (with its certificate) when the owner has none.</summary>
    Task<SigningKey> GetSigningKeyAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>A key by its ID, active or retired, for verifying old signatures.</summary>
    Task<PublicKeyInfo?> FindPublicKeyAsync(string keyId, CancellationToken cancellationToken = default);

    /// <summary>All of an owner's keys, newest first.</summary>
    Task<IReadOnlyList<PublicKeyInfo>> GetPublicKeysAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Retires the active key and creates a new one.</summary>
    Task<SigningKey> RotateAsync(string owner, CancellationToken cancellationToken = default);
}

public sealed record SigningKey(string KeyId, string Owner, ECPrivateKeyParameters PrivateKey, ECPublicKeyParameters PublicKey, byte[] CertificateDer);

public sealed record PublicKeyInfo(
    string KeyId,
    string Owner,
    ECPublicKeyParameters PublicKey,
    byte[] CertificateDer,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RetiredAt);
