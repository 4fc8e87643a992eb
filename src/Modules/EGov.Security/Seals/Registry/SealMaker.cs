using EGov.Platform.Crypto;
using EGov.Platform.Keys;
using EGov.Platform.Time;
using EGov.Security.Seals.Ses;

namespace EGov.Security.Seals.Registry;

/// <summary>
/// The platform as 制章者: builds the GB/T 38540 SESeal of a new seal (its picture, its certificate, its dates) and signs
/// it with the platform's own key (<see cref="IKeyStore.PlatformOwner"/>, SM3withSM2, default signer ID).
/// </summary>
internal sealed class SealMaker(IKeyStore keys, TimeProvider time)
{
    public async Task<SesSeal> MakeAsync(string code, string name, byte[] picture, int sizeMm, byte[] sealCertificate, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        var maker = await keys.GetSigningKeyAsync(IKeyStore.PlatformOwner, cancellationToken);
        var property = new SesPropertyInfo(
            SesPropertyInfo.OrganizationSeal,
            name,
            SesPropertyInfo.CertificateList,
            [sealCertificate],
            SesAsn1.WholeSeconds(time.GetUtcNow().UtcDateTime),
            ChinaTime.StartOfDay(from),
            ChinaTime.StartOfDay(until.AddDays(1)).AddSeconds(-1));
        var info = new SesSealInfo(SesHeader.Platform, code, property, new SesPictureInfo(SesPictureInfo.Png, picture, sizeMm, sizeMm), []);
        var signed = Sm2.Sign(maker.PrivateKey, SesSeal.ToBeSigned(info, maker.CertificateDer, SesAsn1.Sm3WithSm2));
        return new SesSeal(info, maker.CertificateDer, SesAsn1.Sm3WithSm2, signed);
    }
}
