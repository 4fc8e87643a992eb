using ClosedXML.Excel;

namespace EGov.Approvals.Publication;

/// <summary>结果公示 as an .xlsx workbook: one row per result, the item's published fields in one column.</summary>
internal static class ResultWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Create(IReadOnlyList<ResultLine> lines)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("审批结果公示");
        string[] headers = ["序号", "事项名称", "实施部门", "公示内容"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            sheet.Cell(i + 2, 1).Value = i + 1;
            sheet.Cell(i + 2, 2).Value = line.ItemName;
            sheet.Cell(i + 2, 3).Value = line.Department;
            sheet.Cell(i + 2, 4).Value = string.Join("；", line.Fields.Select(f => $"{f.Label}：{f.Value}"));
        }

        sheet.Column(1).Width = 8;
        sheet.Column(2).Width = 30;
        sheet.Column(3).Width = 24;
        sheet.Column(4).Width = 80;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
