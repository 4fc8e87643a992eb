using System.Security.Cryptography;
using System.Text;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.X509;

namespace EGov.UnitTests.Keys;

public sealed class KeyStoreTests
{
    [Fact]
    public async Task First_request_creates_the_root_and_the_owners_key_and_audits_both()
    {
        await using var harness = new KeyStoreHarness();

        var key = await harness.Store.GetSigningKeyAsync("platform");

        var rows = await harness.RowsAsync();
        Assert.Equal(["ca", "platform"], rows.Select(r => r.Owner).Order());
        Assert.Equal(key.KeyId, rows.Single(r => r.Owner == "platform").KeyId);
        Assert.Equal(2, harness.Audit.Records.Count(r => r.Action == "keys.created"));
        Assert.Contains(harness.Audit.Records, r => r.ObjectId == key.KeyId);
    }

    [Fact]
    public async Task Second_request_returns_the_same_key_that_still_signs()
    {
        await using var harness = new KeyStoreHarness();
        var first = await harness.Store.GetSigningKeyAsync("4205020101");

        var second = await harness.Store.GetSigningKeyAsync("4205020101");

        Assert.Equal(first.KeyId, second.KeyId);
        Assert.Equal(first.PrivateKey.D, second.PrivateKey.D);
        Assert.True(Sm2.Verify(first.PublicKey, "x"u8, Sm2.Sign(second.PrivateKey, "x"u8)));
    }

    [Fact]
    public async Task Private_key_is_stored_sealed_and_bound_to_its_key_id()
    {
        var masterKey = KeyStoreHarness.NewMasterKey();
        await using var harness = new KeyStoreHarness(masterKey);
        var key = await harness.Store.GetSigningKeyAsync("platform");

        var row = (await harness.RowsAsync()).Single(r => r.KeyId == key.KeyId);
        var sealingKey = masterKey.DeriveSm4Key(MasterKey.KeyStorePurpose);

        Assert.DoesNotContain(Convert.ToHexString(Sm2.EncodePrivateKey(key.PrivateKey)), Convert.ToHexString(row.EncryptedPrivateKey), StringComparison.Ordinal);
        Assert.Equal(Sm2.EncodePrivateKey(key.PrivateKey), Sm4.DecryptGcm(sealingKey, row.EncryptedPrivateKey, Encoding.UTF8.GetBytes(key.KeyId)));
        Assert.Throws<CryptographicException>(() => Sm4.DecryptGcm(sealingKey, row.EncryptedPrivateKey, "another-key-id"u8));
    }

    [Fact]
    public async Task Store_with_another_master_key_cannot_unseal_the_keys()
    {
        var file = Path.Combine(Path.GetTempPath(), $"egov-keys-{Guid.NewGuid():N}.db");
        try
        {
            await using (var original = new KeyStoreHarness(databaseFile: file))
            {
                await original.Store.GetSigningKeyAsync("platform");
            }

            await using var other = new KeyStoreHarness(databaseFile: file);

            await Assert.ThrowsAsync<CryptographicException>(() => other.Store.GetSigningKeyAsync("platform"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Rotation_retires_the_old_key_keeps_it_for_verification_and_audits()
    {
        await using var harness = new KeyStoreHarness();
        var old = await harness.Store.GetSigningKeyAsync("platform");
        harness.Clock.Advance(TimeSpan.FromDays(30));

        var renewed = await harness.Store.RotateAsync("platform");

        Assert.NotEqual(old.KeyId, renewed.KeyId);
        Assert.Equal(renewed.KeyId, (await harness.Store.GetSigningKeyAsync("platform")).KeyId);
        var retired = await harness.Store.FindPublicKeyAsync(old.KeyId);
        Assert.Equal(harness.Clock.GetUtcNow(), retired!.RetiredAt);
        Assert.Equal(old.PublicKey.Q, retired.PublicKey.Q);
        var all = await harness.Store.GetPublicKeysAsync("platform");
        Assert.Equal([renewed.KeyId, old.KeyId], all.Select(k => k.KeyId));
        var audit = Assert.Single(harness.Audit.Records, r => r.Action == "keys.rotated");
        Assert.Equal(renewed.KeyId, audit.ObjectId);
        Assert.Contains(old.KeyId, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotating_an_owner_without_a_key_creates_its_first_key()
    {
        await using var harness = new KeyStoreHarness();

        var key = await harness.Store.RotateAsync("4205020102");

        Assert.Equal(key.KeyId, (await harness.Store.GetSigningKeyAsync("4205020102")).KeyId);
        Assert.Contains(harness.Audit.Records, r => r.Action == "keys.created" && r.ObjectId == key.KeyId);
    }

    [Fact]
    public async Task Database_refuses_a_second_active_key_for_an_owner()
    {
        await using var harness = new KeyStoreHarness();
        var key = await harness.Store.GetSigningKeyAsync("platform");
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var active = await db.Set<StoredKey>().SingleAsync(k => k.KeyId == key.KeyId);

        db.Add(new StoredKey { KeyId = "duplicate", Owner = "platform", PublicKey = active.PublicKey, EncryptedPrivateKey = active.EncryptedPrivateKey, CertificateDer = active.CertificateDer });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(UniqueViolation.Is(error));
    }

    [Fact]
    public async Task Simultaneous_first_requests_for_an_owner_create_one_active_key()
    {
        var file = Path.Combine(Path.GetTempPath(), $"egov-keys-{Guid.NewGuid():N}.db");
        try
        {
            await using var harness = new KeyStoreHarness(databaseFile: file);
            await harness.Store.GetSigningKeyAsync("ca");

            var keys = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => harness.Store.GetSigningKeyAsync("4205020103"))));

            Assert.Single(keys.Select(k => k.KeyId).Distinct());
            Assert.Single(await harness.RowsAsync(), r => r.Owner == "4205020103");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Key_id_is_derived_from_the_public_key()
    {
        await using var harness = new KeyStoreHarness();

        var key = await harness.Store.GetSigningKeyAsync("platform");

        Assert.Equal(Convert.ToHexStringLower(Sm3.Hash(Sm2.EncodePublicKey(key.PublicKey))[..16]), key.KeyId);
    }

    [Fact]
    public async Task Certificate_of_a_key_holds_its_public_key()
    {
        await using var harness = new KeyStoreHarness();

        var key = await harness.Store.GetSigningKeyAsync("platform");

        var certificate = new X509Certificate(key.CertificateDer);
        Assert.Equal(key.PublicKey.Q, ((Org.BouncyCastle.Crypto.Parameters.ECPublicKeyParameters)certificate.GetPublicKey()).Q);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Owner_must_be_given(string owner)
    {
        await using var harness = new KeyStoreHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Store.GetSigningKeyAsync(owner));
    }
}
