using Org.BouncyCastle.Asn1;

namespace EGov.Security.Seals.Ses;

/// <summary>Small helpers shared by the GB/T 38540-2020 structures: element access and whole-second times.</summary>
internal static class SesAsn1
{
    public const string Sm3WithSm2 = "1.2.156.10197.1.501";

    public static Asn1Sequence Sequence(Asn1Encodable? value, int size)
    {
        var sequence = Asn1Sequence.GetInstance(value ?? throw new FormatException("缺少 ASN.1 结构"));
        return sequence.Count >= size ? sequence : throw new FormatException($"ASN.1 结构应至少有 {size} 个元素");
    }

    public static int Integer(Asn1Encodable value) => DerInteger.GetInstance(value).IntValueExact;

    public static string Ia5(Asn1Encodable value) => DerIA5String.GetInstance(value).GetString();

    public static byte[] Octets(Asn1Encodable value) => Asn1OctetString.GetInstance(value).GetOctets();

    public static byte[] Bits(Asn1Encodable value) => DerBitString.GetInstance(value).GetOctets();

    public static DateTime Time(Asn1Encodable value) => DateTime.SpecifyKind(Asn1GeneralizedTime.GetInstance(value).ToDateTime().ToUniversalTime(), DateTimeKind.Utc);

    /// <summary>GeneralizedTime in whole seconds (DER forbids trailing zero fractions; seconds are all the standard needs).</summary>
    public static Asn1GeneralizedTime Time(DateTime utc)
    {
        var seconds = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return new DerGeneralizedTime(seconds);
    }

    public static DateTime WholeSeconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
