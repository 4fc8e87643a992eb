using System.IO.Compression;
using EGov.Documents.Packages;
using EGov.Platform.Crypto;
using EGov.Platform.Keys;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.UnitTests.Documents.Packages;

public sealed class PackageTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 2, 0, 0, DateTimeKind.Utc);
    private readonly Party _district = Party.Create("西陵区人民政府");
    private readonly Party _city = Party.Create("西陵市人民政府");

    private static PackageContent Content() => new(
        "西陵区人民政府", "西政发〔2026〕12号", "西陵区人民政府关于做好2027年元旦春节期间安全生产工作的通知", "通知", "加急", "非密",
        new DateOnly(2026, 11, 5), Now, "西政发〔2026〕12号.pdf", [0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]);

    private byte[] Package() => PackageWriter.Write(Content(), _district.Sender, _city.Bundle, Guid.NewGuid(), Now);

    private string? KnownDistrict(string fingerprint) => fingerprint == CertificateBundle.Fingerprint(_district.Bundle.SignCertificate) ? "西陵区人民政府（登记名）" : null;

    [Fact]
    public void Package_for_the_city_opens_there_with_the_document_and_the_registered_sender()
    {
        var opened = PackageReader.Open(Package(), _city.Receiver, KnownDistrict);

        Assert.True(opened.IsSuccess, opened.Error?.Message);
        Assert.Equal(Content() with { Pdf = opened.Value.Content.Pdf }, opened.Value.Content);
        Assert.Equal(Content().Pdf, opened.Value.Content.Pdf);
        Assert.Equal("西陵区人民政府（登记名）", opened.Value.RegisteredSender);
        Assert.Equal("西陵市人民政府", opened.Value.Manifest.RecipientAgency);
    }

    [Fact]
    public void Document_is_not_readable_in_the_package_without_the_recipients_key()
    {
        var package = Package();
        var text = System.Text.Encoding.UTF8.GetString(Entry(package, PackageWriter.ContentEntry));

        Assert.DoesNotContain("安全生产", text, StringComparison.Ordinal);
        Assert.Equal("documents.package_not_for_us", PackageReader.Open(package, _district.Receiver, KnownDistrict).Error?.Code);
    }

    [Theory]
    [InlineData(PackageWriter.ManifestEntry)]
    [InlineData(PackageWriter.ContentEntry)]
    [InlineData(PackageWriter.SignatureEntry)]
    public void One_changed_byte_in_any_part_fails_the_signature(string entry)
    {
        var package = Replace(Package(), entry, bytes => bytes[bytes.Length / 2] ^= 0x01);

        var opened = PackageReader.Open(package, _city.Receiver, KnownDistrict);

        Assert.Contains(opened.Error?.Code, new[] { "documents.package_signature_invalid", "documents.package_unreadable" });
    }

    [Fact]
    public void Package_from_an_unregistered_sender_is_refused_with_its_fingerprint()
    {
        var opened = PackageReader.Open(Package(), _city.Receiver, _ => null);

        Assert.Equal("documents.package_sender_unknown", opened.Error?.Code);
        Assert.Contains(CertificateBundle.Fingerprint(_district.Bundle.SignCertificate)[..16], opened.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_re_signed_by_someone_else_over_a_swapped_manifest_is_refused_as_unregistered()
    {
        var forger = Party.Create("西陵区人民政府");
        var forged = PackageWriter.Write(Content(), forger.Sender, _city.Bundle, Guid.NewGuid(), Now);

        Assert.Equal("documents.package_sender_unknown", PackageReader.Open(forged, _city.Receiver, KnownDistrict).Error?.Code);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4b, 3, 4, 0, 0 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [InlineData(new byte[0])]
    public void Anything_else_is_not_a_package(byte[] bytes)
        => Assert.Equal("documents.package_unreadable", PackageReader.Open(bytes, _city.Receiver, KnownDistrict).Error?.Code);

    [Fact]
    public void Certificate_bundle_round_trips_and_rejects_other_json()
    {
        var read = CertificateBundle.FromJson(_city.Bundle.ToJson());

        Assert.NotNull(read);
        Assert.Equal(_city.Bundle.Agency, read.Agency);
        Assert.Equal(_city.Bundle.SignCertificate, read.SignCertificate);
        Assert.Equal(_city.Bundle.EncryptCertificate, read.EncryptCertificate);
        Assert.Null(CertificateBundle.FromJson("{\"format\":\"other\"}"u8));
        Assert.Null(CertificateBundle.FromJson("not json"u8));
        Assert.Null(CertificateBundle.FromJson("""{"format":"xiling-exchange-certificates","agency":"甲","signCertificate":"AAEC","encryptCertificate":"AAEC"}"""u8));
    }

    private static byte[] Entry(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Replace(byte[] package, string name, Action<byte[]> change)
    {
        var entries = new[] { PackageWriter.ManifestEntry, PackageWriter.ContentEntry, PackageWriter.SignatureEntry }.ToDictionary(n => n, n => Entry(package, n));
        change(entries[name]);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, bytes) in entries)
            {
                using var stream = zip.CreateEntry(entry).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private sealed record Party(PackageSender Sender, PackageReceiver Receiver, CertificateBundle Bundle)
    {
        private static readonly CertificateAuthority Authority = new(TimeProvider.System, Options.Create(new KeysOptions()));

        public static Party Create(string agency)
        {
            var rootPair = Sm2.GenerateKeyPair();
            var root = new SigningKey("root", "ca", (ECPrivateKeyParameters)rootPair.Private, (ECPublicKeyParameters)rootPair.Public, Authority.CreateRoot(rootPair));
            var (sign, signCertificate) = Issue(root, "exchange-sign");
            var (encrypt, encryptCertificate) = Issue(root, "exchange-encrypt");
            return new Party(
                new PackageSender(agency, sign, signCertificate),
                new PackageReceiver(encrypt, CertificateBundle.Fingerprint(encryptCertificate)),
                new CertificateBundle(agency, signCertificate, encryptCertificate));
        }

        private static (ECPrivateKeyParameters Key, byte[] Certificate) Issue(SigningKey root, string owner)
        {
            var pair = Sm2.GenerateKeyPair();
            return ((ECPrivateKeyParameters)pair.Private, Authority.Issue(root, owner, (ECPublicKeyParameters)pair.Public));
        }
    }
}
