using ClosedXML.Excel;
using EGov.Documents.Domain;
using EGov.Platform.Time;

namespace EGov.Documents.Outgoing.Reading;

/// <summary>A 发文 list as an .xlsx workbook with the columns of the list page (text cells, so numbers stay as printed).</summary>
internal static class OutgoingWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers = ["发文字号", "标题", "文种", "紧急程度", "状态", "拟稿人", "更新时间"];

    public static byte[] Create(IEnumerable<OutgoingRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("发文");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var r in rows)
        {
            string[] values =
            [
                r.DocumentNumber ?? "", r.Title, DocumentNames.Of(r.Type), DocumentNames.Of(r.Urgency), OutgoingNames.Of(r.State), r.DrafterName,
                ChinaTime.ToLocal(r.UpdatedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(line, c + 1).SetValue(values[c]);
            }

            line++;
        }

        // Fixed widths: measuring the contents needs GDI fonts that servers lack.
        sheet.Column(1).Width = 22;
        sheet.Column(2).Width = 60;
        sheet.Column(7).Width = 18;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
