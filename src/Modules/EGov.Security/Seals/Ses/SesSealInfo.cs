using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>SES_SealInfo ::= SEQUENCE { header, esID IA5String, property, picture, extDatas ExtensionDatas OPTIONAL }.</summary>
internal sealed record SesSealInfo(SesHeader Header, string EsId, SesPropertyInfo Property, SesPictureInfo Picture, IReadOnlyList<SesExtData> ExtDatas)
{
    public Asn1Encodable ToAsn1()
    {
        var vector = new Asn1EncodableVector { Header.ToAsn1(), new DerIA5String(EsId), Property.ToAsn1(), Picture.ToAsn1() };
        if (ExtDatas.Count > 0)
        {
            vector.Add(SesExtData.ToAsn1(ExtDatas));
        }

        return new DerSequence(vector);
    }

    public static SesSealInfo From(Asn1Encodable value)
    {
        var s = SesAsn1.Sequence(value, 4);
        return new SesSealInfo(
            SesHeader.From(s[0]), SesAsn1.Ia5(s[1]), SesPropertyInfo.From(s[2]), SesPictureInfo.From(s[3]), s.Count > 4 ? SesExtData.ListFrom(s[4]) : []);
    }
}
