using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>
/// SES_Signature (电子签章, GB/T 38540-2020) ::= SEQUENCE { toSign TBS_Sign, cert OCTET STRING (签章者证书),
/// signatureAlgID OBJECT IDENTIFIER, signature BIT STRING, timeStamp [0] BIT STRING OPTIONAL }. The signature is
/// SM3withSM2 over the DER of toSign (Z value with the default signer ID, GB/T 32918 / GM/T 0009).
/// </summary>
internal sealed record SesSignature(TbsSign ToSign, byte[] Certificate, string SignatureAlgorithm, byte[] Signature)
{
    public Asn1Encodable ToAsn1()
        => new DerSequence(ToSign.ToAsn1(), new DerOctetString(Certificate), new DerObjectIdentifier(SignatureAlgorithm), new DerBitString(Signature));

    public byte[] ToDer() => ToAsn1().GetEncoded(Asn1Encodable.Der);

    public static SesSignature From(Asn1Encodable value)
    {
        var s = SesAsn1.Sequence(value, 4);
        return new SesSignature(TbsSign.From(s[0]), SesAsn1.Octets(s[1]), DerObjectIdentifier.GetInstance(s[2]).Id, SesAsn1.Bits(s[3]));
    }

    /// <exception cref="FormatException">Not a DER SES_Signature.</exception>
    public static SesSignature FromDer(byte[] der)
    {
        try
        {
            return From(Asn1Object.FromByteArray(der));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or ArithmeticException)
        {
            throw new FormatException("不是有效的 SES_Signature 结构", e);
        }
    }
}
