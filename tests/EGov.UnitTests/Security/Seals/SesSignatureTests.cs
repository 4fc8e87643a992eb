using EGov.Platform.Crypto;
using EGov.Security.Seals.Ses;
using Org.BouncyCastle.Asn1;

namespace EGov.UnitTests.Security.Seals;

public sealed class SesSignatureTests
{
    private static readonly DateTime At = new(2026, 11, 28, 2, 30, 15, DateTimeKind.Utc);

    [Fact]
    public void A_signature_survives_a_round_trip_through_DER()
    {
        var signature = Sample();

        var der = signature.ToDer();
        var back = SesSignature.FromDer(der);

        Assert.Equal(der, back.ToDer());
        Assert.Equal("西政发〔2026〕12号", back.ToSign.DocumentNumber);
        Assert.Equal("西陵区人民政府", back.ToSign.Text(SesExtData.AgencyName));
        Assert.Equal(At, back.ToSign.TimeInfo);
        Assert.Equal("xlq-01", back.ToSign.Seal.SealInfo.EsId);
        Assert.Equal([1, 2, 3], back.ToSign.Seal.SealInfo.Picture.Data);
    }

    [Fact]
    public void The_fields_are_in_the_order_the_standard_lists()
    {
        var root = (Asn1Sequence)Asn1Object.FromByteArray(Sample().ToDer());

        // SES_Signature: toSign, cert, signatureAlgID, signature
        Assert.IsAssignableFrom<Asn1Sequence>(root[0]);
        Assert.IsAssignableFrom<Asn1OctetString>(root[1]);
        Assert.Equal("1.2.156.10197.1.501", DerObjectIdentifier.GetInstance(root[2]).Id);
        Assert.IsAssignableFrom<DerBitString>(root[3]);

        // TBS_Sign: version 4, eseal, timeInfo, dataHash, propertyInfo, extDatas
        var tbs = (Asn1Sequence)root[0];
        Assert.Equal(4, DerInteger.GetInstance(tbs[0]).IntValueExact);
        Assert.IsAssignableFrom<Asn1Sequence>(tbs[1]);
        Assert.IsAssignableFrom<Asn1GeneralizedTime>(tbs[2]);
        Assert.Equal(32, DerBitString.GetInstance(tbs[3]).GetOctets().Length);
        Assert.IsAssignableFrom<DerIA5String>(tbs[4]);
        Assert.IsAssignableFrom<Asn1Sequence>(tbs[5]);

        // SESeal: eSealInfo, cert, signAlgID, signedValue; SES_SealInfo: header ("ES", 4, vid), esID, property, picture
        var seal = (Asn1Sequence)tbs[1];
        Assert.IsAssignableFrom<Asn1OctetString>(seal[1]);
        Assert.IsAssignableFrom<DerBitString>(seal[3]);
        var info = (Asn1Sequence)seal[0];
        var header = (Asn1Sequence)info[0];
        Assert.Equal("ES", DerIA5String.GetInstance(header[0]).GetString());
        Assert.Equal(4, DerInteger.GetInstance(header[1]).IntValueExact);
        Assert.Equal("xlq-01", DerIA5String.GetInstance(info[1]).GetString());

        // SES_ESPropertyInfo: type, name, certListType 1, certList, createDate, validStart, validEnd
        var property = (Asn1Sequence)info[2];
        Assert.Equal(7, property.Count);
        Assert.Equal("西陵区人民政府", DerUtf8String.GetInstance(property[1]).GetString());
        Assert.Equal(1, DerInteger.GetInstance(property[2]).IntValueExact);

        // SES_ESPictureInfo: type "png", data, width, height
        var picture = (Asn1Sequence)info[3];
        Assert.Equal("png", DerIA5String.GetInstance(picture[0]).GetString());
        Assert.Equal(42, DerInteger.GetInstance(picture[2]).IntValueExact);
    }

    [Fact]
    public void The_document_number_is_written_as_ASCII_in_propertyInfo()
    {
        var encoded = TbsSign.EncodeProperty("西政发〔2026〕12号");

        Assert.All(encoded, c => Assert.True(c < 128));
        Assert.Equal("西政发〔2026〕12号", Uri.UnescapeDataString(encoded));
    }

    [Fact]
    public void Bytes_that_are_not_a_signature_are_rejected_as_format_errors()
    {
        Assert.Throws<FormatException>(() => SesSignature.FromDer([0x30, 0x03, 0x02, 0x01, 0x04]));
        Assert.Throws<FormatException>(() => SesSignature.FromDer([0x04, 0x01, 0x00]));
    }

    [Fact]
    public void The_signature_over_toSign_verifies_with_the_signers_key_and_fails_after_a_change()
    {
        var pair = Sm2.GenerateKeyPair();
        var unsigned = Sample();
        var signature = Sm2.Sign((Org.BouncyCastle.Crypto.Parameters.ECPrivateKeyParameters)pair.Private, unsigned.ToSign.ToDer());
        var publicKey = (Org.BouncyCastle.Crypto.Parameters.ECPublicKeyParameters)pair.Public;

        Assert.True(Sm2.Verify(publicKey, unsigned.ToSign.ToDer(), signature));
        var altered = unsigned.ToSign with { PropertyInfo = TbsSign.EncodeProperty("西政发〔2026〕13号") };
        Assert.False(Sm2.Verify(publicKey, altered.ToDer(), signature));
    }

    private static SesSignature Sample()
    {
        var property = new SesPropertyInfo(1, "西陵区人民政府", 1, [[0x30, 0x00]], At, At, At.AddYears(5));
        var info = new SesSealInfo(SesHeader.Platform, "xlq-01", property, new SesPictureInfo("png", [1, 2, 3], 42, 42), []);
        var seal = new SesSeal(info, [0x30, 0x01, 0x00], SesAsn1.Sm3WithSm2, [9, 9, 9]);
        var tbs = new TbsSign(4, seal, At, Sm3.Hash("abc"u8), TbsSign.EncodeProperty("西政发〔2026〕12号"), [SesExtData.Text(SesExtData.AgencyName, "西陵区人民政府")]);
        return new SesSignature(tbs, [0x30, 0x00], SesAsn1.Sm3WithSm2, [7, 7]);
    }
}
