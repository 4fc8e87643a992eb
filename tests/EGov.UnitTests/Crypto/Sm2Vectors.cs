namespace EGov.UnitTests.Crypto;

/// <summary>Fixed SM2 data produced outside our code.</summary>
internal static class Sm2Vectors
{
    // GB/T 32918.5-2017 (GM/T 0003.5) Appendix A, recommended curve sm2p256v1, ID 1234567812345678.
    public const string StandardPrivateKey = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
    public const string StandardPublicKey = "04"
        + "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
        + "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
    public const string StandardSignatureR = "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3";
    public const string StandardSignatureS = "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA";

    // Same appendix: "encryption standard" encrypted to the key above, as C1 (04 ‖ x1 ‖ y1) ‖ C3 ‖ C2.
    public const string StandardCiphertextC1C3C2 = "04"
        + "04EBFC718E8D1798620432268E77FEB6415E2EDE0E073C0F4F640ECD2E149A73"
        + "E858F9D81E5430A57B36DAAB8F950A3C64E6EE6A63094D99283AFF767E124DF0"
        + "59983C18F809E262923C53AEC295D30383B54E39D609D160AFCB1908D0BD8766"
        + "21886CA989CA9C7D58087307CA93092D651EFA";

    // Made once with OpenSSL 3.0.19: openssl genpkey -algorithm SM2; openssl dgst -sm3 -sign k.pem
    // -sigopt distid:1234567812345678 (OpenSSL 3 signs with an EMPTY ID unless distid is given); openssl pkeyutl -encrypt.
    public const string OpenSslPrivateKey = "cccdff8ffcffd23555a013ff8d6bbbd448de7e28073203fae973319e60802aee";
    public const string OpenSslPublicKey = "04"
        + "a4000c7b0531256a7a71f5713b9bccc6fafc57c8783ec197203ef2329e5dd890"
        + "ffb30a01ad091cbfd04a7a776a04e1e387701639fce51c56f77377021dd6cfed";
    public static ReadOnlySpan<byte> OpenSslMessage => "Xiling e-gov openssl vector"u8;
    public const string OpenSslSignature = "3046"
        + "0221008671a80585e4bc52ceff0dc09f175f7da5f1434874cb1d8e9b6616515c5971b2"
        + "0221008f4cfde00fb5fa316f7c22b6ae56be02e6187e7c49f061c4c2631ae403b25e7f";
    public static ReadOnlySpan<byte> OpenSslPlaintext => "encrypted by openssl"u8;

    // DER SM2Cipher (GM/T 0009) from openssl pkeyutl -encrypt.
    public const string OpenSslCiphertextDer = "307e"
        + "022100cdedbca87bf8c678044e3d59ae634fee9dbc3404a194e119d6ff274068496ab3"
        + "022100bab61971b75307c262ff47b5b64653e497b6803312ef75fc1223862b6ef74448"
        + "04204c7824e64b8f6ec12976e017d8be3bb02b1029270301a309c02a3b57543065bb"
        + "041444b8e9de7dc5ee41d692c07ac13bee727f6f4c68";
}
