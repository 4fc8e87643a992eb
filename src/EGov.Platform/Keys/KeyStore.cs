using System.Text;
using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.Platform.Keys;

/// <summary>
/// <see cref="IKeyStore"/> over <c>plat_keys</c>. Each operation runs in its own scope and unit of work, so that creating
/// a key never saves (or discards) the caller's pending changes; the audit entry is saved with the key.
/// </summary>
public sealed class KeyStore : IKeyStore
{
    private readonly IServiceScopeFactory _scopes;
    private readonly CertificateAuthority _authority;
    private readonly TimeProvider _clock;
    private readonly byte[] _sealingKey;

    internal KeyStore(IServiceScopeFactory scopes, MasterKey masterKey, CertificateAuthority authority, TimeProvider clock)
    {
        _scopes = scopes;
        _authority = authority;
        _clock = clock;
        _sealingKey = masterKey.DeriveSm4Key(MasterKey.KeyStorePurpose);
    }

    public async Task<SigningKey> GetSigningKeyAsync(string owner, CancellationToken cancellationToken = default)
    {
        ValidateOwner(owner);
        var existing = await FindActiveAsync(owner, cancellationToken);
        if (existing is not null)
        {
            return Unseal(existing);
        }

        var root = owner == CertificateAuthority.Owner ? null : await GetSigningKeyAsync(CertificateAuthority.Owner, cancellationToken);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var (stored, key) = NewKey(owner, root);
        db.Add(stored);
        scope.ServiceProvider.GetRequiredService<IAuditLog>().Record(new AuditRecord("keys.created", nameof(StoredKey), stored.KeyId, AuditOutcome.Success, $"owner={owner}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another request created the owner's first key at the same moment: use that one.
            var winner = await FindActiveAsync(owner, cancellationToken) ?? throw new InvalidOperationException($"密钥 {owner} 创建冲突后仍未找到有效密钥。", e);
            return Unseal(winner);
        }
    }

    public async Task<SigningKey> RotateAsync(string owner, CancellationToken cancellationToken = default)
    {
        ValidateOwner(owner);
        var root = owner == CertificateAuthority.Owner ? null : await GetSigningKeyAsync(CertificateAuthority.Owner, cancellationToken);
        try
        {
            return await RetireAndCreateAsync(owner, root, cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            // Someone rotated the same owner at the same moment: their new key is the answer to this request too.
            return await GetSigningKeyAsync(owner, cancellationToken);
        }
    }

    private async Task<SigningKey> RetireAndCreateAsync(string owner, SigningKey? root, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var active = await db.Set<StoredKey>().SingleOrDefaultAsync(k => k.Owner == owner && k.RetiredAt == null, cancellationToken);
        if (active is not null)
        {
            // Saved before the insert: the filtered unique index admits the new key only once the old one is retired.
            active.RetiredAt = _clock.GetUtcNow().UtcDateTime;
            active.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }

        var (stored, key) = NewKey(owner, root);
        db.Add(stored);
        var detail = active is null ? $"owner={owner}" : $"owner={owner}; retired={active.KeyId}";
        scope.ServiceProvider.GetRequiredService<IAuditLog>().Record(new AuditRecord(active is null ? "keys.created" : "keys.rotated", nameof(StoredKey), stored.KeyId, AuditOutcome.Success, detail));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    public async Task<PublicKeyInfo?> FindPublicKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var stored = await db.Set<StoredKey>().AsNoTracking().SingleOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        return stored is null ? null : ToPublic(stored);
    }

    public async Task<IReadOnlyList<PublicKeyInfo>> GetPublicKeysAsync(string owner, CancellationToken cancellationToken = default)
        => await ListAsync(owner, cancellationToken);

    /// <summary>Every key, or one owner's, newest first (for the security administrator's console).</summary>
    public async Task<IReadOnlyList<PublicKeyInfo>> ListAsync(string? owner, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var query = db.Set<StoredKey>().AsNoTracking();
        if (owner is not null)
        {
            query = query.Where(k => k.Owner == owner);
        }

        var keys = await query.OrderBy(k => k.Owner).ThenByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return [.. keys.Select(ToPublic)];
    }

    /// <summary>Key IDs are the first 128 bits of SM3 over the public key: stable, unique and safe in URLs.</summary>
    internal static string KeyIdOf(ECPublicKeyParameters publicKey) => Convert.ToHexStringLower(Sm3.Hash(Sm2.EncodePublicKey(publicKey))[..16]);

    private async Task<StoredKey?> FindActiveAsync(string owner, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        return await db.Set<StoredKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Owner == owner && k.RetiredAt == null, cancellationToken);
    }

    private (StoredKey Stored, SigningKey Key) NewKey(string owner, SigningKey? root)
    {
        var pair = Sm2.GenerateKeyPair();
        var publicKey = (ECPublicKeyParameters)pair.Public;
        var privateKey = (ECPrivateKeyParameters)pair.Private;
        var keyId = KeyIdOf(publicKey);
        var certificate = root is null ? _authority.CreateRoot(pair) : _authority.Issue(root, owner, publicKey);
        var stored = new StoredKey
        {
            KeyId = keyId,
            Owner = owner,
            PublicKey = Sm2.EncodePublicKey(publicKey),
            EncryptedPrivateKey = Sm4.EncryptGcm(_sealingKey, Sm2.EncodePrivateKey(privateKey), Encoding.UTF8.GetBytes(keyId)),
            CertificateDer = certificate,
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        };
        return (stored, new SigningKey(keyId, owner, privateKey, publicKey, certificate));
    }

    private SigningKey Unseal(StoredKey stored)
    {
        var privateKey = Sm2.DecodePrivateKey(Sm4.DecryptGcm(_sealingKey, stored.EncryptedPrivateKey, Encoding.UTF8.GetBytes(stored.KeyId)));
        return new SigningKey(stored.KeyId, stored.Owner, privateKey, Sm2.DecodePublicKey(stored.PublicKey), stored.CertificateDer);
    }

    private static PublicKeyInfo ToPublic(StoredKey stored) => new(
        stored.KeyId,
        stored.Owner,
        Sm2.DecodePublicKey(stored.PublicKey),
        stored.CertificateDer,
        new DateTimeOffset(stored.CreatedAt, TimeSpan.Zero),
        stored.RetiredAt is { } retired ? new DateTimeOffset(retired, TimeSpan.Zero) : null);

    private static void ValidateOwner(string owner)
    {
        if (string.IsNullOrWhiteSpace(owner) || owner.Length > 64)
        {
            throw new ArgumentException("密钥所有者应为 1 到 64 个字符的代码。", nameof(owner));
        }
    }
}
