using EGov.Approvals.Licences.Pdf;
using UglyToad.PdfPig;
using ZXing.Common;
using ZXing.QrCode.Internal;

namespace EGov.UnitTests.Approvals.Licences;

public sealed class LicencePdfTests
{
    [Fact]
    public void Pdf_prints_the_licence_data_the_department_and_the_dates_as_text()
    {
        var text = Text(LicenceSamples.Render(LicenceSamples.FoodLicence()));

        Assert.Contains("食品经营许可证", text, StringComparison.Ordinal);
        Assert.Contains("证照编号：xlq-xzsp-2026-000001", text, StringComparison.Ordinal);
        Assert.Contains("宜昌西陵示例科技有限公司", text, StringComparison.Ordinal);
        Assert.Contains("91420502MA4XL00012", text, StringComparison.Ordinal); // printed in full, as on a paper licence
        Assert.Contains("经营场所", text, StringComparison.Ordinal);
        Assert.Contains("预包装食品销售", text, StringComparison.Ordinal);
        Assert.Contains("发证机关：西陵区行政审批局", text, StringComparison.Ordinal);
        Assert.Contains("发证日期：2026年11月30日", text, StringComparison.Ordinal);
        Assert.Contains("2026年11月30日至2031年11月29日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Licence_without_expiry_reads_long_term()
    {
        var text = Text(LicenceSamples.Render(LicenceSamples.FoodLicence() with { ValidUntil = null }));

        Assert.Contains("有效期限长期", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Qr_code_decodes_to_the_verification_url()
    {
        var matrix = LicenceQr.Matrix(LicenceSamples.VerifyUrl);
        var size = matrix.GetLength(0);
        var bits = new BitMatrix(size);
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                bits[column, row] = matrix[row, column];
            }
        }

        var decoded = new Decoder().decode(bits, null);

        Assert.Equal(LicenceSamples.VerifyUrl, decoded.Text);
    }

    [Fact]
    public void Pdf_draws_the_qr_code_and_names_the_verification_address()
    {
        using var pdf = PdfDocument.Open(LicenceSamples.Render(LicenceSamples.FoodLicence()));
        var page = pdf.GetPage(1);
        var text = page.Text.Replace(" ", "", StringComparison.Ordinal);

        Assert.Contains("扫码验证", text, StringComparison.Ordinal);
        Assert.Contains("/services/licences/verify/0123456789abcdef0123456789abcdef", text, StringComparison.Ordinal);
        Assert.True(page.Paths.Count > 100, "the QR modules are drawn as filled rectangles");
    }

    private static string Text(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }
}
