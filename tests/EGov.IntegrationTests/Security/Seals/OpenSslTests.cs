using System.Diagnostics;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Keys;
using EGov.Security.Seals.Signing;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Asn1;

namespace EGov.IntegrationTests.Security.Seals;

/// <summary>
/// Another SM2/SM3 implementation checks a sealed PDF: OpenSSL 3 recomputes the SM3 of the byte ranges, verifies the
/// SM3withSM2 signature over TBS_Sign with the public key of the certificate downloaded from the public API (signer ID
/// 1234567812345678, which OpenSSL 3.0 does not assume by default), and verifies that certificate against the CA root.
/// </summary>
public abstract class OpenSslTests(PlatformFactory platform) : IDisposable
{
    private const string DistId = "distid:1234567812345678";
    private readonly SealBuilder _build = new(platform);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("egov-openssl-");

    [Fact]
    public async Task OpenSSL_verifies_the_seal_signature_the_hash_and_the_certificate()
    {
        var sealId = await _build.DemoSealAsync();
        var pdf = (await _build.SealAsync(sealId)).Value.Pdf;
        var read = SignedPdfReader.Read(pdf);
        var signature = (Asn1Sequence)Asn1Object.FromByteArray(read.Der);
        var tbs = (Asn1Sequence)signature[0];
        var certificate = await platform.CreateClient().GetByteArrayAsync($"/api/v1/security/seals/{sealId}/certificate");
        await using (var scope = platform.Scope())
        {
            var root = (await scope.ServiceProvider.GetRequiredService<IKeyStore>().GetPublicKeysAsync("ca"))[0];
            Write("root.der", root.CertificateDer);
        }

        Write("cert.der", certificate);
        Write("tbs.der", tbs.GetEncoded(Asn1Encodable.Der));
        Write("sig.der", DerBitString.GetInstance(signature[3]).GetOctets());
        Write("ranges.bin", [.. pdf.AsSpan(0, read.Start), .. pdf.AsSpan(read.End)]);
        Run("x509", "-inform", "DER", "-in", "cert.der", "-out", "cert.pem");
        Run("x509", "-inform", "DER", "-in", "root.der", "-out", "root.pem");
        Write("pub.pem", System.Text.Encoding.ASCII.GetBytes(Run("x509", "-in", "cert.pem", "-pubkey", "-noout")));

        Assert.Equal(certificate, Asn1OctetString.GetInstance(signature[1]).GetOctets());
        Assert.Contains("Verified OK", Run("dgst", "-sm3", "-verify", "pub.pem", "-sigopt", DistId, "-signature", "sig.der", "tbs.der"), StringComparison.Ordinal);
        var hash = Run("dgst", "-sm3", "-r", "ranges.bin").Split(' ')[0];
        Assert.Equal(Convert.ToHexStringLower(DerBitString.GetInstance(tbs[3]).GetOctets()), hash);
        Assert.Contains("cert.pem: OK", Run("verify", "-vfyopt", DistId, "-CAfile", "root.pem", "cert.pem"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenSSL_rejects_the_signature_over_an_altered_TBS()
    {
        var sealId = await _build.DemoSealAsync();
        var pdf = (await _build.SealAsync(sealId)).Value.Pdf;
        var signature = (Asn1Sequence)Asn1Object.FromByteArray(SignedPdfReader.Read(pdf).Der);
        var tbs = ((Asn1Sequence)signature[0]).GetEncoded(Asn1Encodable.Der);
        tbs[^3] ^= 0x01;
        Write("cert.der", await platform.CreateClient().GetByteArrayAsync($"/api/v1/security/seals/{sealId}/certificate"));
        Write("tbs.der", tbs);
        Write("sig.der", DerBitString.GetInstance(signature[3]).GetOctets());
        Write("pub.pem", System.Text.Encoding.ASCII.GetBytes(Run("x509", "-inform", "DER", "-in", "cert.der", "-pubkey", "-noout")));

        var output = Run(expectSuccess: false, "dgst", "-sm3", "-verify", "pub.pem", "-sigopt", DistId, "-signature", "sig.der", "tbs.der");

        Assert.Contains("Verification failure", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder.FullName, name), bytes);

    private string Run(params string[] arguments) => Run(true, arguments);

    private string Run(bool expectSuccess, params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { WorkingDirectory = _folder.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(!expectSuccess || process.ExitCode == 0, $"openssl {string.Join(' ', arguments)}: {output}");
        return output;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpenSslOnSqlite(SqlitePlatform platform) : OpenSslTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class OpenSslOnPostgres(PostgresPlatform platform) : OpenSslTests(platform);
