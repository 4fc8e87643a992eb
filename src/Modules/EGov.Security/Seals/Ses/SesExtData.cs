using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>
/// ExtData ::= SEQUENCE { extnID OBJECT IDENTIFIER, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }.
/// The platform's own extensions carry a UTF8String; their identifiers are UUID-based OIDs (ITU-T X.667, arc 2.25),
/// which need no registration.
/// </summary>
internal sealed record SesExtData(string Id, bool Critical, byte[] Value)
{
    /// <summary>The agency (发文机关) whose seal was applied.</summary>
    public const string AgencyName = "2.25.193293866229118527898786647228848862290";

    /// <summary>The document's title (标题).</summary>
    public const string Title = "2.25.193159539263907140991032753894968338919";

    public static SesExtData Text(string id, string text) => new(id, false, new DerUtf8String(text).GetEncoded(Asn1Encodable.Der));

    public string? TextValue() => Asn1Object.FromByteArray(Value) is DerUtf8String text ? text.GetString() : null;

    public Asn1Encodable ToAsn1()
    {
        var vector = new Asn1EncodableVector { new DerObjectIdentifier(Id) };
        if (Critical)
        {
            vector.Add(DerBoolean.True);
        }

        vector.Add(new DerOctetString(Value));
        return new DerSequence(vector);
    }

    public static SesExtData From(Asn1Encodable value)
    {
        var sequence = SesAsn1.Sequence(value, 2);
        var critical = sequence.Count == 3 && DerBoolean.GetInstance(sequence[1]).IsTrue;
        return new SesExtData(DerObjectIdentifier.GetInstance(sequence[0]).Id, critical, SesAsn1.Octets(sequence[sequence.Count - 1]));
    }

    public static Asn1Encodable ToAsn1(IReadOnlyList<SesExtData> list) => new DerSequence(list.Select(e => e.ToAsn1()).ToArray<Asn1Encodable>());

    public static IReadOnlyList<SesExtData> ListFrom(Asn1Encodable value) => [.. Asn1Sequence.GetInstance(value).Cast<Asn1Encodable>().Select(From)];
}
