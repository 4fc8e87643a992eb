using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Keys;
using EGov.Security.Seals;
using EGov.Security.Seals.Registry;
using EGov.Security.Seals.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Security.Seals;

/// <summary>A revoked seal is refused for sealing; a file sealed before the revocation still verifies; foreign signatures do not.</summary>
public abstract class RevocationTests(PlatformFactory platform)
{
    private readonly SealBuilder _build = new(platform);

    [Fact]
    public async Task A_revoked_seal_refuses_sealing_with_a_Chinese_reason()
    {
        var seal = await _build.NewSealAsync();
        await RevokeAsync(seal);

        var sealing = await _build.SealAsync(seal.Id);

        Assert.Equal("security.seal_revoked", sealing.Error?.Code);
        Assert.Contains("注销", sealing.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_sealed_before_the_revocation_still_verifies()
    {
        var seal = await _build.NewSealAsync();
        var pdf = (await _build.SealAsync(seal.Id)).Value.Pdf;
        await RevokeAsync(seal);

        var check = await _build.VerifyAsync(pdf);

        Assert.True(check.Valid, check.Reason);
    }

    [Fact]
    public async Task A_file_sealed_after_the_revocation_moment_fails_with_the_revocation_date()
    {
        var seal = await _build.NewSealAsync();
        var pdf = (await _build.SealAsync(seal.Id)).Value.Pdf;
        await using (var scope = platform.Scope())
        {
            // As if the seal had been revoked an hour before this file was sealed (e.g. a stolen key used later).
            var stored = await PlatformFactory.Db(scope).Set<ESeal>().SingleAsync(s => s.Id == seal.Id);
            (stored.RevokedAt, stored.RevocationReason, stored.RevokedBy) = (DateTime.UtcNow.AddHours(-1), "密钥泄露", "secadmin");
            await PlatformFactory.Db(scope).SaveChangesAsync();
        }

        var check = await _build.VerifyAsync(pdf);

        Assert.False(check.Valid);
        Assert.StartsWith("印章已于", check.Reason, StringComparison.Ordinal);
        Assert.EndsWith("注销", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signature_made_with_a_key_of_the_platform_CA_that_is_not_a_seal_is_not_accepted()
    {
        var seal = await _build.NewSealAsync();
        await using var scope = platform.Scope();
        var forger = await scope.ServiceProvider.GetRequiredService<IKeyStore>().GetSigningKeyAsync("seal-forger");
        var forged = new ESeal { Name = seal.Name, Certificate = forger.CertificateDer, SealData = seal.SealData, Picture = seal.Picture };
        var capacity = SealSignatureBuilder.Capacity(forged, DateTime.UtcNow, SealBuilder.Number, "");
        var stamped = PdfSealStamp.Stamp(_build.Letter(), seal.Picture, new(0, 380, 520, 119, 119), capacity, seal.Name, DateTime.UtcNow).Value;
        var hole = PdfSignatureHole.Open(stamped, capacity);
        var pdf = hole.Fill(SealSignatureBuilder.Sign(forged, forger.PrivateKey, DateTime.UtcNow, hole.Hash(), SealBuilder.Number, "").ToDer());

        var check = await _build.VerifyAsync(pdf);

        Assert.False(check.Valid);
        Assert.Equal(SealCheckReasons.NotOurs, check.Reason);
    }

    private async Task RevokeAsync(ESeal seal)
    {
        await using var scope = platform.Scope();
        var revoked = await scope.ServiceProvider.GetRequiredService<RevokeSealHandler>().RevokeAsync(seal.Id, "印章停用", seal.Version, "secadmin", default);
        Assert.True(revoked.IsSuccess, revoked.Error?.Message);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RevocationOnSqlite(SqlitePlatform platform) : RevocationTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class RevocationOnPostgres(PostgresPlatform platform) : RevocationTests(platform);
