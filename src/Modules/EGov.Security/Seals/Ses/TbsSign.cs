using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>
/// TBS_Sign ::= SEQUENCE { version INTEGER (4), eseal SESeal, timeInfo GeneralizedTime, dataHash BIT STRING (SM3 of the
/// signed bytes), propertyInfo IA5String, extDatas ExtensionDatas OPTIONAL }. propertyInfo carries the 发文字号; it is
/// an IA5String, so the number's UTF-8 bytes are percent-encoded (RFC 3986), e.g. <c>%E8%A5%BF…</c> (<see cref="DocumentNumber"/>).
/// </summary>
internal sealed record TbsSign(int Version, SesSeal Seal, DateTime TimeInfo, byte[] DataHash, string PropertyInfo, IReadOnlyList<SesExtData> ExtDatas)
{
    public Asn1Encodable ToAsn1()
    {
        var vector = new Asn1EncodableVector
        {
            DerInteger.ValueOf(Version), Seal.ToAsn1(), SesAsn1.Time(TimeInfo), new DerBitString(DataHash), new DerIA5String(PropertyInfo),
        };
        if (ExtDatas.Count > 0)
        {
            vector.Add(SesExtData.ToAsn1(ExtDatas));
        }

        return new DerSequence(vector);
    }

    public byte[] ToDer() => ToAsn1().GetEncoded(Asn1Encodable.Der);

    public static string EncodeProperty(string documentNumber) => Uri.EscapeDataString(documentNumber);

    /// <summary>The 发文字号 as written, decoded from <see cref="PropertyInfo"/>.</summary>
    public string DocumentNumber => Uri.UnescapeDataString(PropertyInfo);

    public string? Text(string extensionId) => ExtDatas.FirstOrDefault(e => e.Id == extensionId)?.TextValue();

    public static TbsSign From(Asn1Encodable value)
    {
        var s = SesAsn1.Sequence(value, 5);
        return new TbsSign(
            SesAsn1.Integer(s[0]), SesSeal.From(s[1]), SesAsn1.Time(s[2]), SesAsn1.Bits(s[3]), SesAsn1.Ia5(s[4]), s.Count > 5 ? SesExtData.ListFrom(s[5]) : []);
    }
}
