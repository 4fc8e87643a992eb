using EGov.IntegrationTests.Infrastructure;
using EGov.Security.Seals.Signing;
using UglyToad.PdfPig;

namespace EGov.IntegrationTests.Security.Seals;

/// <summary>Sealing a PDF made by the platform's writer and verifying it, untouched and with one byte changed.</summary>
public abstract class SealingTests(PlatformFactory platform)
{
    private readonly SealBuilder _build = new(platform);

    [Fact]
    public async Task A_sealed_letter_verifies_with_its_number_agency_and_time()
    {
        var sealedPdf = (await _build.SealAsync(await _build.DemoSealAsync())).Value;

        var check = await _build.VerifyAsync(sealedPdf.Pdf);

        Assert.True(check.Valid, check.Reason);
        Assert.Equal(SealBuilder.Number, check.DocumentNumber);
        Assert.Equal("西陵区人民政府", check.Agency);
        Assert.Equal(sealedPdf.SealedAt, check.SealedAt);
        Assert.Equal(sealedPdf.SealId, check.SealId);
        Assert.Equal(EGov.Platform.Crypto.Sm3.HashHex(sealedPdf.Pdf), sealedPdf.Sm3);
    }

    [Fact]
    public async Task The_sealed_file_is_a_PDF_that_PdfPig_reads_with_its_text_and_the_seal_image()
    {
        var pdf = await _build.SealedAsync();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);

        Assert.Contains("安全生产", page.Text, StringComparison.Ordinal);
        Assert.NotEmpty(page.GetImages());
    }

    [Theory]
    [InlineData("before")]
    [InlineData("inside")]
    [InlineData("after")]
    public async Task One_byte_changed_anywhere_fails_verification(string where)
    {
        var pdf = await _build.SealedAsync();
        var (start, end) = Hole(pdf);
        var at = where switch
        {
            "before" => start / 2,
            "inside" => end - 20, // in the '0' padding after the DER
            _ => end + ((pdf.Length - end) / 2),
        };
        pdf[at] = (byte)(pdf[at] == '1' ? '2' : '1');

        var check = await _build.VerifyAsync(pdf);

        Assert.False(check.Valid);
        Assert.Equal(where == "inside" ? SealCheckReasons.SignatureDamaged : SealCheckReasons.Modified, check.Reason);
    }

    [Fact]
    public async Task A_byte_changed_inside_the_signature_data_fails_verification()
    {
        var pdf = await _build.SealedAsync();
        var (start, _) = Hole(pdf);
        var at = start + 1 + 100; // a hex digit inside the SESeal, which the SM2 signature covers
        pdf[at] = (byte)(pdf[at] == '1' ? '2' : '1');

        var check = await _build.VerifyAsync(pdf);

        Assert.False(check.Valid);
        Assert.NotNull(check.Reason);
    }

    [Fact]
    public async Task Bytes_appended_after_sealing_fail_verification()
    {
        var pdf = await _build.SealedAsync();

        var check = await _build.VerifyAsync([.. pdf, .. "\n% appended\n"u8]);

        Assert.False(check.Valid);
        Assert.Equal(SealCheckReasons.Modified, check.Reason);
    }

    [Fact]
    public async Task A_letter_without_a_seal_fails_with_no_seal()
    {
        var check = await _build.VerifyAsync(_build.Letter());

        Assert.False(check.Valid);
        Assert.Equal(SealCheckReasons.NoSeal, check.Reason);
    }

    [Fact]
    public async Task A_sealed_file_cannot_be_sealed_again()
    {
        var pdf = await _build.SealedAsync();

        var again = await _build.SealAsync(await _build.DemoSealAsync("xlq-zfb"), pdf);

        Assert.Equal("security.seal_already_sealed", again.Error?.Code);
    }

    internal static (int Start, int End) Hole(byte[] pdf)
    {
        var read = SignedPdfReader.Read(pdf);
        Assert.Equal(SignedPdfReader.Outcome.Found, read.Outcome);
        return (read.Start, read.End);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SealingOnSqlite(SqlitePlatform platform) : SealingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class SealingOnPostgres(PostgresPlatform platform) : SealingTests(platform);
