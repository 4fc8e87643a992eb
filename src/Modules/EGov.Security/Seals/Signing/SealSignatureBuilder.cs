using EGov.Platform.Crypto;
using EGov.Security.Seals.Ses;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.Security.Seals.Signing;

/// <summary>The SES_Signature of one sealing: TBS_Sign (version 4, the seal's SESeal, time, SM3 of the file, 发文字号) signed by the seal's key.</summary>
internal static class SealSignatureBuilder
{
    public const int TbsVersion = 4;

    /// <summary>Room for the DER: the structure with a dummy hash and the longest SM2 DER signature (72 bytes), plus a margin.</summary>
    public static int Capacity(ESeal seal, DateTime sealedAt, string documentNumber, string title)
        => Build(seal, sealedAt, new byte[Sm3.HashSize], documentNumber, title, new byte[72]).ToDer().Length + 16;

    public static SesSignature Sign(ESeal seal, ECPrivateKeyParameters key, DateTime sealedAt, byte[] dataHash, string documentNumber, string title)
    {
        var unsigned = Build(seal, sealedAt, dataHash, documentNumber, title, []);
        return unsigned with { Signature = Sm2.Sign(key, unsigned.ToSign.ToDer()) };
    }

    private static SesSignature Build(ESeal seal, DateTime sealedAt, byte[] dataHash, string documentNumber, string title, byte[] signature)
    {
        var extensions = new List<SesExtData> { SesExtData.Text(SesExtData.AgencyName, seal.Name) };
        if (!string.IsNullOrWhiteSpace(title))
        {
            extensions.Add(SesExtData.Text(SesExtData.Title, title));
        }

        var tbs = new TbsSign(TbsVersion, SesSeal.FromDer(seal.SealData), sealedAt, dataHash, TbsSign.EncodeProperty(documentNumber), extensions);
        return new SesSignature(tbs, seal.Certificate, SesAsn1.Sm3WithSm2, signature);
    }
}
