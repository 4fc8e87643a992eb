using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>SES_Header ::= SEQUENCE { id IA5String ("ES"), version INTEGER (4), vid IA5String (厂商标识) }.</summary>
internal sealed record SesHeader(string Id, int Version, string Vid)
{
    public const string EsId = "ES";
    public const int Version4 = 4;

    /// <summary>The platform as the vendor of its seals.</summary>
    public const string PlatformVid = "XLQ-EGOV";

    public static SesHeader Platform { get; } = new(EsId, Version4, PlatformVid);

    public Asn1Encodable ToAsn1() => new DerSequence(new DerIA5String(Id), DerInteger.ValueOf(Version), new DerIA5String(Vid));

    public static SesHeader From(Asn1Encodable value)
    {
        var sequence = SesAsn1.Sequence(value, 3);
        return new SesHeader(SesAsn1.Ia5(sequence[0]), SesAsn1.Integer(sequence[1]), SesAsn1.Ia5(sequence[2]));
    }
}
