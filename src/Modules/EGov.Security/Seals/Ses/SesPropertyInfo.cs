using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>
/// SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certListType INTEGER, certList SES_CertList,
/// createDate, validStart, validEnd GeneralizedTime }. With certListType 1 the list is SEQUENCE OF OCTET STRING, each
/// the DER of a signer's certificate.
/// </summary>
internal sealed record SesPropertyInfo(int Type, string Name, int CertListType, IReadOnlyList<byte[]> Certificates, DateTime CreateDate, DateTime ValidStart, DateTime ValidEnd)
{
    /// <summary>单位印章 (UNCONFIRMED against the standard's table of seal types; 1 is what the published examples use).</summary>
    public const int OrganizationSeal = 1;

    public const int CertificateList = 1;

    public Asn1Encodable ToAsn1() => new DerSequence(
        DerInteger.ValueOf(Type),
        new DerUtf8String(Name),
        DerInteger.ValueOf(CertListType),
        new DerSequence(Certificates.Select(c => new DerOctetString(c)).ToArray<Asn1Encodable>()),
        SesAsn1.Time(CreateDate),
        SesAsn1.Time(ValidStart),
        SesAsn1.Time(ValidEnd));

    public static SesPropertyInfo From(Asn1Encodable value)
    {
        var s = SesAsn1.Sequence(value, 7);
        var certListType = SesAsn1.Integer(s[2]);
        if (certListType != CertificateList)
        {
            throw new FormatException("只支持证书列表形式的签章者证书信息（certListType = 1）");
        }

        var certificates = Asn1Sequence.GetInstance(s[3]).Cast<Asn1Encodable>().Select(SesAsn1.Octets).ToList();
        return new SesPropertyInfo(
            SesAsn1.Integer(s[0]), DerUtf8String.GetInstance(s[1]).GetString(), certListType, certificates, SesAsn1.Time(s[4]), SesAsn1.Time(s[5]), SesAsn1.Time(s[6]));
    }
}
