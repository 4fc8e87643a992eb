using EGov.Platform.Crypto;
using EGov.Platform.Keys;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.IntegrationTests.Audit;

/// <summary>An in-memory platform key for the audit tests; the real key store is tested on its own.</summary>
public sealed class TestKeyStore : IKeyStore
{
    private readonly List<SigningKey> _keys = [];

    /// <summary>One key for every test host on a shared database, as the real store keeps one per database.</summary>
    public static TestKeyStore Shared { get; } = new();

    public TestKeyStore() => Add();

    public SigningKey Active => _keys[^1];

    public Task<SigningKey> GetSigningKeyAsync(string owner, CancellationToken cancellationToken = default) => Task.FromResult(Active);

    public Task<PublicKeyInfo?> FindPublicKeyAsync(string keyId, CancellationToken cancellationToken = default)
        => Task.FromResult(_keys.Where(k => k.KeyId == keyId).Select(Info).FirstOrDefault());

    public Task<IReadOnlyList<PublicKeyInfo>> GetPublicKeysAsync(string owner, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<PublicKeyInfo>>([.. _keys.Select(Info).Reverse()]);

    public Task<SigningKey> RotateAsync(string owner, CancellationToken cancellationToken = default) => Task.FromResult(Add());

    private SigningKey Add()
    {
        var pair = Sm2.GenerateKeyPair();
        var key = new SigningKey($"test-{_keys.Count + 1}", IKeyStore.PlatformOwner, (ECPrivateKeyParameters)pair.Private, (ECPublicKeyParameters)pair.Public, []);
        _keys.Add(key);
        return key;
    }

    private static PublicKeyInfo Info(SigningKey k) => new(k.KeyId, k.Owner, k.PublicKey, k.CertificateDer, DateTimeOffset.UnixEpoch, null);
}
