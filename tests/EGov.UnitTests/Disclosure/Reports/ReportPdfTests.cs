using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Reports.Export;
using EGov.Disclosure.Reports.Handling;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Pdf;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace EGov.UnitTests.Disclosure.Reports;

public sealed class ReportPdfTests : IDisposable
{
    private readonly ReportDb _db = new();

    [Fact]
    public async Task Pdf_has_the_title_all_six_sections_and_the_table_headers_as_text()
    {
        var day = new DateOnly(2025, 4, 1);
        await _db.AddAsync(_db.Request(ApplicantType.NaturalPerson, day, day.AddDays(12), ReplyOutcome.PartiallyDisclosed));
        var agency = new AgencyInfo(_db.Agency, "xlq", "西陵区人民政府", "区政府", true, new DisclosureAgency());
        var view = new AnnualReportView(agency, 2025, true, "全年工作总体平稳。", "答复说理不够充分。", "无。", ManualFigures.None, await _db.ReportAsync(), DateTime.UtcNow, 2, true);
        var drawing = new PdfDrawing(Options.Create(new PdfOptions()));

        using var pdf = PdfDocument.Open(new ReportPdf(drawing).Create(view).Value);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);

        Assert.Contains("西陵区人民政府2025年政府信息公开工作年度报告", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("申请人情况", text, StringComparison.Ordinal);
        Assert.Contains("未经复议直接起诉", text, StringComparison.Ordinal);
        Assert.Contains("勾稽关系检查", text, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
