using EGov.Approvals.Licences.Issuing;
using EGov.Approvals.Licences.Pdf;
using EGov.Platform.Pdf;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Approvals.Licences;

/// <summary>A 食品经营许可证 of an enterprise, rendered with the platform's Song face.</summary>
internal static class LicenceSamples
{
    public const string VerifyUrl = "http://localhost:5000/services/licences/verify/0123456789abcdef0123456789abcdef";

    public static LicenceDocument FoodLicence() => new(
        "食品经营许可证",
        "xlq-xzsp-2026-000001",
        "宜昌西陵示例科技有限公司",
        "统一社会信用代码",
        "91420502MA4XL00012",
        [
            new LicenceField("法定代表人（负责人）", "李四"),
            new LicenceField("经营场所", "湖北省宜昌市西陵区夷陵大道100号"),
            new LicenceField("主体业态", "食品销售经营者（网络经营）"),
            new LicenceField("经营项目", "预包装食品销售、散装食品销售"),
        ],
        "西陵区行政审批局",
        new DateOnly(2026, 11, 30),
        new DateOnly(2031, 11, 29),
        VerifyUrl);

    public static byte[] Render(LicenceDocument licence)
    {
        var pdf = new LicencePdf(new PdfDrawing(Options.Create(new PdfOptions())), new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero)));
        return pdf.Create(licence).Value;
    }
}
