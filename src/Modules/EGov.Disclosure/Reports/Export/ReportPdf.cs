using EGov.Disclosure.Reports.Handling;
using EGov.Platform.Pdf;
using EGov.Platform.Results;
using PdfSharp.Pdf;

namespace EGov.Disclosure.Reports.Export;

/// <summary>The annual report as a PDF: sections 一 to 六 with tables 二, 三 and 四 drawn as ruled tables.</summary>
internal sealed class ReportPdf(PdfDrawing drawing)
{
    public const string ContentType = "application/pdf";

    public Result<byte[]> Create(AnnualReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var family = drawing.SongFamily();
        if (!family.IsSuccess)
        {
            return family.Error!;
        }

        using var document = new PdfDocument();
        (document.Info.Title, document.Info.Author) = (view.Title, view.Agency.Name);
        var pages = new ReportPdfPages(document, family.Value);
        pages.Title(view.Title + (view.IsPublished ? "" : "（草稿）"));
        Section(pages, "一、总体情况", view.Overview);
        pages.Heading("二、主动公开政府信息情况");
        pages.Grid(ReportPdfGrids.Table2(view.Tables.Table2));
        pages.Heading("三、收到和处理政府信息公开申请情况", keepWith: 500);
        pages.Grid(ReportPdfGrids.Table3(view.Tables.Table3, view.Tables.Check));
        pages.Heading("四、政府信息公开行政复议、行政诉讼情况", keepWith: 120);
        pages.Grid(ReportPdfGrids.Table4(view.Tables.Table4));
        Section(pages, "五、存在的主要问题及改进情况", view.Problems);
        Section(pages, "六、其他需要报告的事项", view.OtherMatters);
        pages.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Section(ReportPdfPages pages, string heading, string text)
    {
        pages.Heading(heading);
        foreach (var paragraph in ReportDisplay.Paragraphs(text))
        {
            pages.Paragraph(paragraph);
        }
    }
}
