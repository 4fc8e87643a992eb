using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>SES_ESPictureInfo ::= SEQUENCE { type IA5String ("png"), data OCTET STRING, width INTEGER, height INTEGER } (display size in mm).</summary>
internal sealed record SesPictureInfo(string Type, byte[] Data, int Width, int Height)
{
    public const string Png = "png";

    public Asn1Encodable ToAsn1() => new DerSequence(new DerIA5String(Type), new DerOctetString(Data), DerInteger.ValueOf(Width), DerInteger.ValueOf(Height));

    public static SesPictureInfo From(Asn1Encodable value)
    {
        var s = SesAsn1.Sequence(value, 4);
        return new SesPictureInfo(SesAsn1.Ia5(s[0]), SesAsn1.Octets(s[1]), SesAsn1.Integer(s[2]), SesAsn1.Integer(s[3]));
    }
}
