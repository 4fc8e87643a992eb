using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>
/// SESeal (电子印章) ::= SEQUENCE { eSealInfo SES_SealInfo, cert OCTET STRING (制章人证书), signAlgID OBJECT IDENTIFIER,
/// signedValue BIT STRING }. The maker signs the DER of SEQUENCE { eSealInfo, cert, signAlgID }, as the published
/// v4 implementations do (UNCONFIRMED against the standard's text).
/// </summary>
internal sealed record SesSeal(SesSealInfo SealInfo, byte[] MakerCertificate, string SignAlgorithm, byte[] SignedValue)
{
    /// <summary>The bytes the seal maker signs.</summary>
    public static byte[] ToBeSigned(SesSealInfo info, byte[] makerCertificate, string signAlgorithm)
        => new DerSequence(info.ToAsn1(), new DerOctetString(makerCertificate), new DerObjectIdentifier(signAlgorithm)).GetEncoded(Asn1Encodable.Der);

    public byte[] ToBeSigned() => ToBeSigned(SealInfo, MakerCertificate, SignAlgorithm);

    public Asn1Encodable ToAsn1()
        => new DerSequence(SealInfo.ToAsn1(), new DerOctetString(MakerCertificate), new DerObjectIdentifier(SignAlgorithm), new DerBitString(SignedValue));

    public byte[] ToDer() => ToAsn1().GetEncoded(Asn1Encodable.Der);

    public static SesSeal From(Asn1Encodable value)
    {
        var s = SesAsn1.Sequence(value, 4);
        return new SesSeal(SesSealInfo.From(s[0]), SesAsn1.Octets(s[1]), DerObjectIdentifier.GetInstance(s[2]).Id, SesAsn1.Bits(s[3]));
    }

    public static SesSeal FromDer(byte[] der) => From(Asn1Object.FromByteArray(der));
}
