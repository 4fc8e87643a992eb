using EGov.Platform.Keys;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Packages;

/// <summary>
/// This instance's two exchange keys in the platform key store (签名 <see cref="SignOwner"/>, 加密
/// <see cref="EncryptOwner"/>), created on first use, and the 交换证书 other bodies register to exchange with it.
/// </summary>
internal sealed class ExchangeIdentity(IKeyStore keys, IOptions<ExchangeOptions> options)
{
    public const string SignOwner = "exchange-sign";
    public const string EncryptOwner = "exchange-encrypt";

    public async Task<CertificateBundle> BundleAsync(CancellationToken cancellationToken)
    {
        var sign = await keys.GetSigningKeyAsync(SignOwner, cancellationToken);
        var encrypt = await keys.GetSigningKeyAsync(EncryptOwner, cancellationToken);
        return new CertificateBundle(options.Value.AgencyName, sign.CertificateDer, encrypt.CertificateDer);
    }

    public async Task<PackageSender> SenderAsync(CancellationToken cancellationToken)
    {
        var sign = await keys.GetSigningKeyAsync(SignOwner, cancellationToken);
        return new PackageSender(options.Value.AgencyName, sign.PrivateKey, sign.CertificateDer);
    }

    public async Task<PackageReceiver> ReceiverAsync(CancellationToken cancellationToken)
    {
        var encrypt = await keys.GetSigningKeyAsync(EncryptOwner, cancellationToken);
        return new PackageReceiver(encrypt.PrivateKey, CertificateBundle.Fingerprint(encrypt.CertificateDer));
    }
}
